import { useLayoutEffect, useRef } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import type { Router } from '@/lib/state/router';
import { routeHash, type Route } from '@/lib/state/route';
import { AboutPage } from './about-page';
import { AccountForm } from './account-form';
import { AccountPage } from './account-page';
import { DataPage } from './data-page';
import { HelpPage } from './help-page';
import { LockScreen } from './lock-screen';
import { Notices } from './notices';
import { PageBoundary } from './page-boundary';
import { PasswordPage } from './password-page';
import { PlanPage } from './plan-page';
import { QuickExitButton } from './quick-exit-button';
import { SiteCheck } from './site-check';
import { QuickExitExplainer } from './quick-exit-explainer';
import { usePlanStore } from './store-context';
import { WelcomePage } from './welcome-page';

interface Props {
  readonly router: Router;
  readonly version: string;
}

const NAV: readonly { route: Route; label: MessageKey }[] = [
  { route: { name: 'plan' }, label: 'nav_plan' },
  { route: { name: 'add' }, label: 'nav_add' },
  { route: { name: 'password' }, label: 'nav_password' },
  { route: { name: 'data' }, label: 'nav_data' },
  { route: { name: 'help' }, label: 'nav_help' },
  { route: { name: 'about' }, label: 'nav_about' },
];

/** Pages that show nothing of the plan, so they stay open while it is locked. */
const OPEN_WHILE_LOCKED: ReadonlySet<Route['name']> = new Set(['help', 'about', 'welcome']);

/** The full-page app: header with help always in reach, banners, and the current page. */
export function DashboardApp({ router, version }: Props) {
  const store = usePlanStore();
  const route = router.route.value;
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // Moving between pages puts keyboard and screen-reader focus on the new page's content.
  useLayoutEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [route]);

  if (store.state.value === 'loading') return null;

  const showWelcome =
    route.name === 'welcome' || (!store.settings.value.introSeen && route.name === 'plan');
  const page = showWelcome ? { name: 'welcome' as const } : route;

  return (
    <>
      <a class="skip-link" href="#main">
        {t('skip_to_content')}
      </a>
      <header class="app-header">
        <div class="app-bar">
          <p class="brand">{t('extName')}</p>
          <nav aria-label={t('nav_label')}>
            <ul>
              {NAV.map((item) => (
                <li key={item.label}>
                  <a
                    href={routeHash(item.route)}
                    aria-current={item.route.name === page.name ? 'page' : undefined}
                  >
                    {t(item.label)}
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
        <p class="hotline">
          {t('header_hotline')} <a href="tel:18007997233">1-800-799-7233</a>
        </p>
      </header>
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
        ) : store.state.value === 'locked' && !OPEN_WHILE_LOCKED.has(page.name) ? (
          <LockScreen />
        ) : (
          <PageBoundary key={routeHash(page)}>
            <Page page={page} router={router} version={version} />
          </PageBoundary>
        )}
      </main>
    </>
  );
}

function Page({ page, router, version }: { page: Route; router: Router; version: string }) {
  const store = usePlanStore();
  const toPlan = () => router.go({ name: 'plan' });
  switch (page.name) {
    case 'welcome':
      return (
        <WelcomePage
          onContinue={() => {
            void store.updateSetting('introSeen', true);
            toPlan();
          }}
        />
      );
    case 'add':
      return (
        <>
          <AccountForm
            key={page.site ?? ''}
            withSearch
            initial={page.site ? { name: '', site: page.site, kind: 'other' } : undefined}
            heading={t('add_title')}
            submitLabel={t('add_submit')}
            onCancel={toPlan}
            onSubmit={(input) => {
              void store.addAccount(input).then(toPlan);
            }}
          />
          <SiteCheck />
        </>
      );
    case 'edit': {
      const account = store.accountsById.value.get(page.id);
      if (!account) return <AccountPage id={page.id} />;
      return (
        <AccountForm
          key={account.id}
          initial={account}
          heading={t('edit_title', account.name)}
          submitLabel={t('edit_submit')}
          onCancel={() => router.go({ name: 'account', id: account.id })}
          onSubmit={(input) => {
            void store
              .updateAccount(account.id, input)
              .then(() => router.go({ name: 'account', id: account.id }));
          }}
        />
      );
    }
    case 'account':
      return <AccountPage id={page.id} />;
    case 'help':
      return (
        <HelpPage
          localHelpLine={store.settings.value.localHelpLine}
          onSaveLocal={(line) => void store.updateSetting('localHelpLine', line)}
        />
      );
    case 'about':
      return <AboutPage version={version} />;
    case 'data':
      return <DataPage />;
    case 'password':
      return (
        <PasswordPage
          key={page.id ?? ''}
          account={page.id ? store.accountsById.value.get(page.id) : undefined}
        />
      );
    case 'plan':
      return (
        <>
          <PlanPage />
          <QuickExitExplainer />
        </>
      );
  }
}
