import type { PageEntry } from '../common/page-registry';

/** Check-ups: a discreet rhythm of checking again what can silently change back. */
export const CHECKUP_PAGES: readonly PageEntry[] = [
  {
    name: 'checkup',
    // Not in the header (it is full at 1100 px): the plan page links to it.
    openWhileLocked: false,
    showsPlanData: true,
    header: true,
    page: { load: () => import('./checkup-page').then((m) => m.CheckUpPage) },
  },
];
