import type { PageEntry } from './page-registry';

/** Pages that belong to no one capability. */
export const COMMON_PAGES: readonly PageEntry[] = [
  {
    name: 'about',
    nav: { label: 'nav_about', order: 60 },
    openWhileLocked: true,
    showsPlanData: false,
    header: true,
    page: { load: () => import('./about-route').then((m) => m.AboutRoute) },
  },
];
