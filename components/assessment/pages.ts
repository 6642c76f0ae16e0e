import type { PageEntry } from '../common/page-registry';

/** Look first: the look-only questions about one account, and the decision after them. */
export const ASSESSMENT_PAGES: readonly PageEntry[] = [
  {
    name: 'look',
    openWhileLocked: false,
    showsPlanData: true,
    header: true,
    page: { load: () => import('./look-route').then((m) => m.LookRoute) },
  },
];
