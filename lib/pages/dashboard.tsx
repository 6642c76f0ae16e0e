import { render } from 'preact';
import { DashboardApp } from '@/components/common/dashboard-app';
import { SafetyContext } from '@/components/common/safety-context';
import { StoreContext } from '@/components/common/store-context';
import { preloadPage } from '@/components/common/preload-page';
import { currentTabId, extensionVersion } from '../browser/tabs';
import { takeHandedSite } from '../browser/page-requests';
import { parseRoute } from '../state/route';
import { createHashRouter } from '../state/router';
import { ensureMessages } from '../i18n';
import { currentLanguage } from '../i18n-language';
import { followLanguage } from './follow-language';
import { mountRoot, showBlocked } from './mount-root';
import { recordReader } from '../storage/late';
import { openPlanStore } from './open-plan-store';
import { installPageSafety, onOtherPage, safetyActions } from './page-safety';
import { answerWhenUnlocked } from './unlocked-elsewhere';

/** Mounts the full-page app and marks `ready` once the plan is on screen. */
export async function mountDashboard(rootId: string): Promise<void> {
  const root = mountRoot(rootId);
  // What the first screen waits for starts now, side by side: the asked page's code and the
  // records' reader load while the text and the plan are read, not after (issue 29).
  preloadPage(parseRoute(location.hash).name);
  void recordReader().catch(() => undefined);
  await ensureMessages();
  const opened = await openPlanStore(() => showBlocked(root), onOtherPage);
  const safety = installPageSafety(opened);
  // The popup cannot open a plan locked with a passphrase: it asks here and leads to this tab.
  answerWhenUnlocked(() => opened.store.lockState.value === 'unlocked', currentTabId);
  // A site handed over by the popup opens the add page with it, without naming it in the address.
  const asked = parseRoute(location.hash);
  const site = asked.name === 'add' && !asked.site ? await takeHandedSite() : undefined;
  const router = createHashRouter(window, site ? { name: 'add', site } : undefined);
  // Drawn again, afresh, in the new words when the language changes (lib/pages/follow-language.ts).
  const draw = () =>
    render(
      <SafetyContext.Provider key={currentLanguage()} value={safetyActions(safety)}>
        <StoreContext.Provider value={opened.store}>
          <DashboardApp router={router} version={extensionVersion()} />
        </StoreContext.Provider>
      </SafetyContext.Provider>,
      root,
    );
  draw();
  followLanguage(draw, () => opened.store.settings.peek().discreet);
  // The `ready` mark comes from the app once the first page (its code loaded) is on screen.
}
