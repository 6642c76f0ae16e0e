import type { PageEntry } from '../common/page-registry';

/** Safety: the introduction, help lines, and Safety & data (lock, quick exit, transfer, erase). */
export const SAFETY_PAGES: readonly PageEntry[] = [
  {
    name: 'data',
    nav: { label: 'nav_data', order: 40 },
    openWhileLocked: false,
    showsPlanData: true,
    header: true,
    page: { load: () => import('./data-page').then((m) => m.DataPage) },
  },
  {
    name: 'help',
    nav: { label: 'nav_help', order: 50 },
    openWhileLocked: true,
    showsPlanData: false,
    header: true,
    page: { load: () => import('./help-route').then((m) => m.HelpRoute) },
  },
  {
    name: 'welcome',
    openWhileLocked: true,
    showsPlanData: false,
    header: true,
    page: { load: () => import('./welcome-route').then((m) => m.WelcomeRoute) },
  },
];
