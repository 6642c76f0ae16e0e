import type { PageEntry } from '../common/page-registry';

/** Check-ups: a discreet rhythm of checking again what can silently change back. */
export const CHECKUP_PAGES: readonly PageEntry[] = [
  {
    name: 'checkup',
    nav: { label: 'nav_checkup', order: 25 },
    openWhileLocked: false,
    showsPlanData: true,
    header: true,
    page: { load: () => import('./checkup-page').then((m) => m.CheckUpPage) },
  },
];
