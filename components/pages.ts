import { ADVOCATE_PAGES } from './advocate/pages';
import { ASSESSMENT_PAGES } from './assessment/pages';
import { BROWSER_CHECK_PAGES } from './browser-check/pages';
import { CHECKUP_PAGES } from './checkups/pages';
import { COMMON_PAGES } from './common/pages';
import type { PageEntry } from './common/page-registry';
import { DEVICE_PAGES } from './device/pages';
import { EVIDENCE_PAGES } from './evidence/pages';
import { MAP_PAGES } from './map/pages';
import { PASSWORD_PAGES } from './passwords/pages';
import { PLAN_PAGES } from './plan/pages';
import { SAFETY_PAGES } from './safety/pages';
import { START_PAGES } from './start/pages';

/**
 * Every page of the dashboard, gathered from each capability's own `pages.ts`. A new capability
 * adds its list here once; a new page is one entry in its capability's list.
 */
export const PAGES: readonly PageEntry[] = [
  ...PLAN_PAGES,
  ...START_PAGES,
  ...ASSESSMENT_PAGES,
  ...MAP_PAGES,
  ...CHECKUP_PAGES,
  ...PASSWORD_PAGES,
  ...DEVICE_PAGES,
  ...BROWSER_CHECK_PAGES,
  ...SAFETY_PAGES,
  ...EVIDENCE_PAGES,
  ...COMMON_PAGES,
  ...ADVOCATE_PAGES,
];

const BY_NAME = new Map(PAGES.map((entry) => [entry.name, entry]));

/** The page for a route name; anything unknown is the plan. */
export function pageEntry(name: string): PageEntry {
  return BY_NAME.get(name as PageEntry['name']) ?? (BY_NAME.get('plan') as PageEntry);
}

/** The navigation, in order. */
export const NAV_PAGES = PAGES.filter((entry) => entry.nav).sort(
  (a, b) => (a.nav?.order ?? 0) - (b.nav?.order ?? 0),
);
