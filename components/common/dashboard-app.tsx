import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { appName, t } from '@/lib/i18n';
import type { Router } from '@/lib/state/router';
import { routeHash, type Route } from '@/lib/state/route';
import { PageView } from './page-view';
import { LockScreen } from '../safety/lock-screen';
import { TamperNotice } from '../safety/tamper-notice';
import { Notices } from './notices';
import { CaptureFiledNote } from '../evidence/capture-filed-note';
import { PageBoundary } from './page-boundary';
import { NAV_PAGES, pageEntry } from '../pages';
import { shellKey } from '@/lib/safety/discreet-words';
import { HeaderHelp } from '../safety/header-help';
import { QuickExitButton } from '../safety/quick-exit-button';
import { usePlanStore } from './store-context';
import { onSessionMessage } from '../advocate/session-channel';

interface Props {
  readonly router: Router;
  readonly version: string;
}

/** The full-page app: header with help always in reach, banners, and the current page. */
export function DashboardApp({ router, version }: Props) {
  const store = usePlanStore();
  const route = router.route.value;
  const main = useRef<HTMLElement>(null);
  const shownRoute = useRef<string | null>(null);
  const inSession = store.mode === 'session';
  const [SessionBanner, setSessionBanner] = useState<ComponentType | null>(null);

  // The session banner loads only while a session runs; a page outside one joins a session
  // started in another tab by reloading into it.
  useEffect(() => {
    if (inSession) {
      void import('../advocate/session-banner').then((m) =>
        setSessionBanner(() => m.SessionBanner),
      );
      return;
    }
    return onSessionMessage((message) => {
      if (message === 'started') location.reload();
    });
  }, [inSession]);

  // The lock screen and the failure notice are a first page too.
  const shownWithoutPage =
    store.state.value === 'failed' || store.state.value === 'locked' || store.findings().length > 0;
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

  // Moving between pages puts keyboard and screen-reader focus on the new page's content, once
  // that page is on screen (its code may load first). Not on the first page: focus starts there.
  // The new page starts at its top (focusing a tall page that is partly in view would not scroll).
  // A page may name the place to arrive at (an account's step, from "Go to this step").
  const onShown = () => {
    markReady();
    const shown = routeHash(page);
    const arrive = main.current?.querySelector<HTMLElement>('[data-arrive]');
    if (arrive) {
      arrive.focus({ preventScroll: true });
      arrive.scrollIntoView({ block: 'start' });
    } else if (shownRoute.current !== null && shownRoute.current !== shown) {
      main.current?.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    }
    shownRoute.current = shown;
  };

  return (
    <>
      <a class="skip-link" href="#main">
        {t('skip_to_content')}
      </a>
      {entry.header && (
        <header class="app-header">
          <div class="app-bar">
            <p class="brand">{appName(store.settings.value.discreet)}</p>
            <nav aria-label={t(shellKey('nav_label', store.settings.value.discreet))}>
              <ul>
                {NAV_PAGES.map((item) => (
                  <li key={item.name}>
                    <a
                      href={routeHash({ name: item.name } as Route)}
                      aria-current={item.name === page.name ? 'page' : undefined}
                    >
                      {item.nav && t(shellKey(item.nav.label, store.settings.value.discreet))}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            {store.lockState.value === 'unlocked' && (
              <button type="button" class="lock-now" onClick={() => void store.lock()}>
                {t('header_lock')}
              </button>
            )}
            <QuickExitButton />
          </div>
          <HeaderHelp />
        </header>
      )}
      {entry.header && SessionBanner && <SessionBanner />}
      <CaptureFiledNote />
      <Notices
        notices={store.notices.value}
        skipped={store.skipped.value}
        onDismiss={store.dismissNotice}
      />
      <main id="main" ref={main} tabIndex={-1}>
        {store.state.value === 'failed' ? (
          <section class="empty" role="alert">
            <h1>{t('load_failed_title')}</h1>
            <p>{t('load_failed_body')}</p>
            <button type="button" onClick={() => void store.reload()}>
              {t('load_failed_retry')}
            </button>
          </section>
        ) : stopped ? (
          <TamperNotice findings={findings} />
        ) : locked ? (
          <LockScreen />
        ) : (
          <PageBoundary key={routeHash(page)}>
            <PageView
              entry={entry}
              route={page}
              router={router}
              version={version}
              onShown={onShown}
            />
          </PageBoundary>
        )}
      </main>
    </>
  );
}

/** The `ready` mark (tests and the bench wait for it): the first page is on screen, once. */
function markReady(): void {
  if (performance.getEntriesByName('ready').length === 0) performance.mark('ready');
}
