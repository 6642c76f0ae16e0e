import type { PageEntry } from '../common/page-registry';

/**
 * Look first: the look-only questions about one account and the decision after them; and the
 * journey for an account the person can no longer open.
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
];
