import { render } from 'preact';
import { PopupApp } from '@/components/popup-app';
import { StoreContext } from '@/components/store-context';
import { openDashboard } from '../browser/tabs';
import { mountRoot, showBlocked } from './mount-root';
import { openPlanStore } from './open-plan-store';

/** Mounts the toolbar popup and marks `ready` once real data is on screen. */
export async function mountPopup(rootId: string): Promise<void> {
  const root = mountRoot(rootId);
  const store = await openPlanStore(() => showBlocked(root));
  render(
    <StoreContext.Provider value={store}>
      <PopupApp
        onOpen={(accountId) => {
          void openDashboard(accountId).then(() => window.close());
        }}
      />
    </StoreContext.Provider>,
    root,
  );
  performance.mark('ready');
}
