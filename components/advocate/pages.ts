import type { PageEntry } from '../common/page-registry';

/** Advocate: a session with an advocate (start, hand-over, end) and its printed take-away. */
export const ADVOCATE_PAGES: readonly PageEntry[] = [
  {
    name: 'session',
    // Linked from the plan page: the header has no room left.
    // Open while locked: the person may start an empty session without unlocking.
    openWhileLocked: true,
    showsPlanData: false,
    header: true,
    page: { load: () => import('./session-page').then((m) => m.SessionPage) },
  },
  {
    name: 'intake',
    openWhileLocked: false,
    showsPlanData: true,
    header: true,
    page: { load: () => import('./intake-page').then((m) => m.IntakePage) },
  },
  {
    name: 'session-print',
    openWhileLocked: false,
    showsPlanData: true,
    header: false,
    page: { load: () => import('./print-page').then((m) => m.PrintPage) },
  },
];
