import { render } from 'preact';
import { DashboardApp } from '@/components/dashboard-app';
import { StoreContext } from '@/components/store-context';
import { extensionVersion } from '../browser/tabs';
import { t } from '../i18n';
import { createHashRouter } from '../state/router';
import { mountRoot, showBlocked } from './mount-root';
import { openPlanStore } from './open-plan-store';

/** Mounts the full-page app and marks `ready` once the plan is on screen. */
export async function mountDashboard(rootId: string): Promise<void> {
  const root = mountRoot(rootId);
  document.title = t('extName');
  const store = await openPlanStore(() => showBlocked(root));
  const router = createHashRouter();
  render(
    <StoreContext.Provider value={store}>
      <DashboardApp router={router} version={extensionVersion()} />
    </StoreContext.Provider>,
    root,
  );
  performance.mark('ready');
}
