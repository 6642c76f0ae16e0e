import type { PageEntry } from '../common/page-registry';

/** The password checker and generator (its strength dictionaries load later still, in a worker). */
export const PASSWORD_PAGES: readonly PageEntry[] = [
  {
    name: 'password',
    nav: { label: 'nav_password', order: 30 },
    openWhileLocked: false,
    // It names the account it is for.
    showsPlanData: true,
    header: true,
    page: { load: () => import('./password-route').then((m) => m.PasswordRoute) },
  },
];
