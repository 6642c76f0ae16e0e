import type { PageEntry } from '../common/page-registry';

/** The map of who can get in (issue 35): its layout and drawing load only here. */
export const MAP_PAGES: readonly PageEntry[] = [
  {
    name: 'map',
    openWhileLocked: false,
    showsPlanData: true,
    header: true,
    page: { load: () => import('./map-route').then((m) => m.MapRoute) },
  },
];
