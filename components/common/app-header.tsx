import { appName, t } from '@/lib/i18n';
import { routeHash, type Route } from '@/lib/state/route';
import { shellKey } from '@/lib/safety/discreet-words';
import { NAV_PAGES } from '../pages';
import { HeaderHelp } from '../safety/header-help';
import { QuickExitButton } from '../safety/quick-exit-button';
import { usePlanStore } from './store-context';

interface Props {
  /** The page on screen, marked as current in the nav. */
  readonly current: Route['name'];
}

/** The full-page app's header: name, nav, "lock now", quick exit, and help always in reach. */
export function AppHeader({ current }: Props) {
  const store = usePlanStore();
  const discreet = store.settings.value.discreet;
  return (
    <header class="app-header">
      <div class="app-bar">
        <p class="brand">{appName(discreet)}</p>
        <nav aria-label={t(shellKey('nav_label', discreet))}>
          <ul>
            {NAV_PAGES.map((item) => (
              <li key={item.name}>
                <a
                  href={routeHash({ name: item.name } as Route)}
                  aria-current={item.name === current ? 'page' : undefined}
                >
                  {item.nav && t(shellKey(item.nav.label, discreet))}
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
  );
}
