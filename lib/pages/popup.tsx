import { render } from 'preact';
import { PopupApp } from '@/components/popup-app';
import { SafetyContext } from '@/components/safety-context';
import { StoreContext } from '@/components/store-context';
import { openDashboard } from '../browser/tabs';
import { ensureMessages } from '../i18n';
import { mountRoot, showBlocked } from './mount-root';
import { openPlanStore } from './open-plan-store';
import { installPageSafety, onOtherPage, safetyActions } from './page-safety';

/** Mounts the toolbar popup and marks `ready` once real data is on screen. */
export async function mountPopup(rootId: string): Promise<void> {
  const root = mountRoot(rootId);
  await ensureMessages();
  const opened = await openPlanStore(() => showBlocked(root), onOtherPage);
  const safety = installPageSafety(opened);
  render(
    <SafetyContext.Provider value={safetyActions(safety)}>
      <StoreContext.Provider value={opened.store}>
        <PopupApp
          onOpen={(accountId) => {
            void openDashboard(accountId).then(() => window.close());
          }}
        />
      </StoreContext.Provider>
    </SafetyContext.Provider>,
    root,
  );
  performance.mark('ready');
}
