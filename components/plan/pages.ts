import type { PageEntry } from '../common/page-registry';
import { PlanRoute } from './plan-route';

/** The plan's pages: the plan itself, adding and editing accounts, one account's steps. */
export const PLAN_PAGES: readonly PageEntry[] = [
  {
    name: 'plan',
    nav: { label: 'nav_plan', order: 10 },
    openWhileLocked: false,
    showsPlanData: true,
    header: true,
    page: { eager: PlanRoute },
  },
  {
    name: 'add',
    nav: { label: 'nav_add', order: 20 },
    openWhileLocked: false,
    showsPlanData: true,
    header: true,
    page: { load: () => import('./add-route').then((m) => m.AddRoute) },
  },
  {
    name: 'edit',
    openWhileLocked: false,
    showsPlanData: true,
    header: true,
    page: { load: () => import('./edit-route').then((m) => m.EditRoute) },
  },
  {
    name: 'account',
    openWhileLocked: false,
    showsPlanData: true,
    header: true,
    page: { load: () => import('./account-route').then((m) => m.AccountRoute) },
  },
];
