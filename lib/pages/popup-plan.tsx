import { render, type ComponentChildren } from 'preact';
import { PopupApp } from '@/components/common/popup-app';
import { SafetyContext } from '@/components/common/safety-context';
import { StoreContext } from '@/components/common/store-context';
import { openDashboard, showTab } from '../browser/tabs';
import { showBlocked } from './mount-root';
import { openPlanStore } from './open-plan-store';
import { loadPopupSite } from './popup-site-slot';
import { installPageSafety, onOtherPage, safetyActions } from './page-safety';
import { findUnlockedTab } from './unlocked-elsewhere';
import { followLanguage } from './follow-language';

/**
 * The popup with the plan store: progress and the next step (when the person shows them there),
 * memory mode, a running session, a failed load. Loaded only when the short popup
 * (popup-glance.tsx) cannot say all there is. Marks `ready` once real data is on screen.
 */
export async function mountPlanPopup(root: HTMLElement): Promise<void> {
  const opened = await openPlanStore(() => showBlocked(root), onOtherPage);
  const safety = installPageSafety(opened);
  // Locked here, but maybe open unlocked in a tab: then say so and lead there.
  const unlockedTab = opened.store.state.value === 'locked' ? await findUnlockedTab() : undefined;
  let site: ComponentChildren = null;
  // "Keep a copy of this page": its code loads on the click (lib/pages/popup-capture.tsx).
  let capture: ComponentChildren;
  const { store } = opened;
  const onCapture = () =>
    void import('./popup-capture').then((m) => {
      const save = store.state.value === 'locked' ? null : store.saveCapture;
      const announce = () => opened.channel.post('changed');
      capture = m.capturePanel({ discreet: store.settings.value.discreet, save, announce });
      render(popup(), root);
    });
  const popup = () => (
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
          capture={capture}
          onCapture={onCapture}
        />
      </StoreContext.Provider>
    </SafetyContext.Provider>
  );
  render(popup(), root);
  followLanguage(
    () => render(popup(), root),
    () => store.settings.peek().discreet,
  );
  performance.mark('ready');

  site = await loadPopupSite();
  render(popup(), root);
}
