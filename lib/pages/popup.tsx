import { render, type ComponentChildren } from 'preact';
import { PopupApp } from '@/components/common/popup-app';
import { SafetyContext } from '@/components/common/safety-context';
import { StoreContext } from '@/components/common/store-context';
import { activeTabUrl, openDashboard, openDashboardAt, showTab } from '../browser/tabs';
import { handOverSite } from '../browser/page-requests';
import { ensureMessages } from '../i18n';
import { mountRoot, showBlocked } from './mount-root';
import { openPlanStore } from './open-plan-store';
import { installPageSafety, onOtherPage, safetyActions } from './page-safety';
import { findUnlockedTab } from './unlocked-elsewhere';

/** Mounts the toolbar popup and marks `ready` once real data is on screen. */
export async function mountPopup(rootId: string): Promise<void> {
  const root = mountRoot(rootId);
  await ensureMessages();
  const opened = await openPlanStore(() => showBlocked(root), onOtherPage);
  const safety = installPageSafety(opened);
  // Locked here, but maybe open unlocked in a tab: then say so and lead there.
  const unlockedTab = opened.store.state.value === 'locked' ? await findUnlockedTab() : undefined;
  const popup = (site?: ComponentChildren) => (
    <SafetyContext.Provider value={safetyActions(safety)}>
      <StoreContext.Provider value={opened.store}>
        <PopupApp
          openElsewhere={unlockedTab !== undefined}
          onOpen={(accountId) => {
            const opening =
              unlockedTab === undefined ? openDashboard(accountId) : showTab(unlockedTab);
            void opening.then(() => window.close());
          }}
          site={site}
        />
      </StoreContext.Provider>
    </SafetyContext.Provider>
  );
  render(popup(), root);
  performance.mark('ready');

  // The current site's status comes second: its code and the directory load after first paint.
  const { PopupSite } = await import('@/components/directory/popup-site');
  render(
    popup(
      <PopupSite
        currentUrl={activeTabUrl}
        onAddSite={(site) => {
          // The site travels through the background's memory, never in the page address.
          void handOverSite(site)
            .then(() => openDashboardAt({ name: 'add' }))
            .then(() => window.close());
        }}
      />,
    ),
    root,
  );
}
