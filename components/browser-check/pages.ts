import type { PageEntry } from '../common/page-registry';

/** This browser: the review of other extensions and of history (in the navigation, and linked from the device check). */
export const BROWSER_CHECK_PAGES: readonly PageEntry[] = [
  {
    name: 'browser-check',
    nav: { label: 'nav_browser_check', order: 37 },
    openWhileLocked: false,
    // Its findings are kept with the plan.
    showsPlanData: true,
    header: true,
    page: { load: () => import('./browser-check-route').then((m) => m.BrowserCheckRoute) },
  },
];
