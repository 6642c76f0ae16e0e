import { render } from 'preact';
import { DashboardApp } from '@/components/dashboard-app';
import { SafetyContext } from '@/components/safety-context';
import { StoreContext } from '@/components/store-context';
import { extensionVersion } from '../browser/tabs';
import { createHashRouter } from '../state/router';
import { ensureMessages } from '../i18n';
import { mountRoot, showBlocked } from './mount-root';
import { openPlanStore } from './open-plan-store';
import { installPageSafety, onOtherPage, safetyActions } from './page-safety';

/** Mounts the full-page app and marks `ready` once the plan is on screen. */
export async function mountDashboard(rootId: string): Promise<void> {
  const root = mountRoot(rootId);
  await ensureMessages();
  const opened = await openPlanStore(() => showBlocked(root), onOtherPage);
  const safety = installPageSafety(opened);
  const router = createHashRouter();
  render(
    <SafetyContext.Provider value={safetyActions(safety)}>
      <StoreContext.Provider value={opened.store}>
        <DashboardApp router={router} version={extensionVersion()} />
      </StoreContext.Provider>
    </SafetyContext.Provider>,
    root,
  );
  performance.mark('ready');
}
