import type { ComponentChildren } from 'preact';
import { activeTabUrl, openDashboardAt } from '../browser/tabs';
import { handOverSite } from '../browser/page-requests';

/**
 * The current tab's site check, for either popup. It comes second: its code and the directory
 * load after the first paint.
 */
export async function loadPopupSite(discreet?: boolean): Promise<ComponentChildren> {
  const [{ PopupSite }, { DiscreetContext }] = await Promise.all([
    import('@/components/directory/popup-site'),
    import('@/components/safety/use-shell-text'),
  ]);
  const check = (
    <PopupSite
      currentUrl={activeTabUrl}
      onAddSite={(site) => {
        // The site travels through the background's memory, never in the page address.
        void handOverSite(site)
          .then(() => openDashboardAt({ name: 'add' }))
          .then(() => window.close());
      }}
    />
  );
  // Without the plan store (the short popup), the page says whether discreet mode is on.
  return discreet === undefined ? (
    check
  ) : (
    <DiscreetContext.Provider value={discreet}>{check}</DiscreetContext.Provider>
  );
}
