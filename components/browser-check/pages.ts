import type { PageEntry } from '../common/page-registry';

/** This browser: the review of other extensions and of history (linked from the device check). */
export const BROWSER_CHECK_PAGES: readonly PageEntry[] = [
  {
    name: 'browser-check',
    // Not in the header (it is full at 1100 px): the device check links to it.
    openWhileLocked: false,
    // Its findings are kept with the plan.
    showsPlanData: true,
    header: true,
    page: { load: () => import('./browser-check-route').then((m) => m.BrowserCheckRoute) },
  },
];
