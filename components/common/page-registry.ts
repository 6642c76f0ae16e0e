import type { ComponentType } from 'preact';
import type { MessageKey } from '@/lib/i18n';
import type { Route } from '@/lib/state/route';
import type { Router } from '@/lib/state/router';

/** What every page gets: where it is, how to move on, and the version (for About). */
export interface PageProps {
  readonly route: Route;
  readonly router: Router;
  readonly version: string;
}

export type PageComponent = ComponentType<PageProps>;

/**
 * One page, declared once in its capability's folder (`components/<capability>/pages.ts`):
 * the dashboard, its navigation and the lock read these entries; nothing central grows a case
 * per page.
 */
export interface PageEntry {
  /** The route it answers (its address is `routeHash` of that route). */
  readonly name: Route['name'];
  /** Its place in the navigation, if it has one (lower comes first). */
  readonly nav?: { readonly label: MessageKey; readonly order: number };
  /** It shows nothing of the plan, so it stays open while the plan is locked. */
  readonly openWhileLocked: boolean;
  /** It shows the person's accounts or progress (so it is never open while locked). */
  readonly showsPlanData: boolean;
  /** It shows the usual header (a print view would not). */
  readonly header: boolean;
  /** In the dashboard's first download (the plan only), or loaded when first opened. */
  readonly page:
    { readonly eager: PageComponent } | { readonly load: () => Promise<PageComponent> };
}
