import type { ComponentChildren } from 'preact';
import { activeTabUrl, openDashboardAt } from '../browser/tabs';
import { handOverSite } from '../browser/page-requests';

/**
 * The current tab's site check, for either popup. It comes second: its code and the directory
 * load after the first paint.
 */
export async function loadPopupSite(): Promise<ComponentChildren> {
  const { PopupSite } = await import('@/components/directory/popup-site');
  return (
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
}
