import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Router } from '@/lib/state/router';
import { routeHash, type Route } from '@/lib/state/route';
import { PageView } from './page-view';
import { LockScreen } from '../safety/lock-screen';
import { TamperNotice } from '../safety/tamper-notice';
import { useSettingsNotice } from '../safety/use-settings-notice';
import { Notices } from './notices';
import { CaptureFiledNote } from '../evidence/capture-filed-note';
import { CheckMarksMover } from '../device/check-marks-mover';
import { PageBoundary } from './page-boundary';
import { pageEntry } from '../pages';
import { usePlanStore } from './store-context';
import { AppHeader } from './app-header';
import { LoadFailed } from './load-failed';
import { useSessionBanner } from './use-session-banner';
import { firstShown, markReady, usePageArrival } from './use-page-arrival';

interface Props {
  readonly router: Router;
  readonly version: string;
}

/** The full-page app: header with help always in reach, banners, and the current page. */
export function DashboardApp({ router, version }: Props) {
  const store = usePlanStore();
  const route = router.route.value;
  const main = useRef<HTMLElement>(null);
  const arrive = usePageArrival(main);
  const SessionBanner = useSessionBanner(store.mode === 'session');
  const changes = store.settingChanges();
  const SettingsNotice = useSettingsNotice(changes.length > 0);

  // The lock screen and the failure notice are a first page too.
  const shownWithoutPage =
    store.state.value === 'failed' ||
    store.state.value === 'locked' ||
    store.findings().length > 0 ||
    store.settingChanges().length > 0;
  useEffect(() => {
    if (shownWithoutPage) markReady();
  });

  if (store.state.value === 'loading') return null;

  const showWelcome =
    route.name === 'welcome' || (!store.settings.value.introSeen && route.name === 'plan');
  const page: Route = showWelcome ? { name: 'welcome' } : route;
  const entry = pageEntry(page.name);
  const locked = store.state.value === 'locked' && !entry.openWhileLocked;
  // A change caught outside Lockstep stops every page but help and import until the person chooses.
  const findings = store.findings();
  const stopped = findings.length > 0 && page.name !== 'help' && page.name !== 'data';
  // Settings changed while locked: shown after the unlock on every page but help, until chosen.
  const settingsStop = changes.length > 0 && page.name !== 'help' && !locked;

  return (
    <>
      <a class="skip-link" href="#main">
        {t('skip_to_content')}
      </a>
      {entry.header && <AppHeader current={page.name} />}
      {entry.header && SessionBanner && <SessionBanner />}
      {/* After the first page: filing a waiting page copy or moving old marks can wait. */}
      {firstShown.value && <CaptureFiledNote />}
      {firstShown.value && <CheckMarksMover />}
      <Notices
        notices={store.notices.value}
        skipped={store.skipped.value}
        onDismiss={store.dismissNotice}
      />
      <main id="main" ref={main} tabIndex={-1}>
        {store.state.value === 'failed' ? (
          <LoadFailed onRetry={() => void store.reload()} />
        ) : stopped ? (
          <TamperNotice findings={findings} />
        ) : settingsStop ? (
          SettingsNotice && <SettingsNotice changes={changes} />
        ) : locked ? (
          <LockScreen />
        ) : (
          <PageBoundary key={routeHash(page)}>
            <PageView
              entry={entry}
              route={page}
              router={router}
              version={version}
              onShown={() => arrive(page)}
            />
          </PageBoundary>
        )}
      </main>
    </>
  );
}
