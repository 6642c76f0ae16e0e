import type { PageEntry } from '../common/page-registry';

/** The route name of the "they post as me / share pictures of me" journey (linked from the start). */
export const IMPERSONATION_ROUTE = 'impersonation' as const;

/**
 * Look first: the look-only questions about one account and the decision after them; the
 * journey for an account the person can no longer open; and the one for posts and pictures.
 */
export const ASSESSMENT_PAGES: readonly PageEntry[] = [
  {
    name: 'look',
    openWhileLocked: false,
    showsPlanData: true,
    header: true,
    page: { load: () => import('./look-route').then((m) => m.LookRoute) },
  },
  {
    name: 'locked-out',
    openWhileLocked: false,
    showsPlanData: true,
    header: true,
    page: { load: () => import('./locked-out-route').then((m) => m.LockedOutRoute) },
  },
  {
    name: IMPERSONATION_ROUTE,
    openWhileLocked: false,
    showsPlanData: false,
    header: true,
    page: { load: () => import('./impersonation-page').then((m) => m.ImpersonationPage) },
  },
];
