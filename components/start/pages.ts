import type { PageEntry } from '../common/page-registry';

/** "Where you are now": the start's questions, offered before the first account. */
export const START_PAGES: readonly PageEntry[] = [
  {
    name: 'start',
    openWhileLocked: false,
    showsPlanData: true,
    header: true,
    page: { load: () => import('./start-route').then((m) => m.StartRoute) },
  },
];
