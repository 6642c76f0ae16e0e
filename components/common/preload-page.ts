import type { Route } from '@/lib/state/route';
import { pageEntry } from '../pages';

/**
 * Starts loading a lazy page's code while the plan is still being read, so the two overlap
 * instead of running one after the other (the map's ready path, issue 35). `import()` keeps the
 * module: PageView's own load then gets it at once. A failure is left to PageView, which loads
 * again and shows what to do.
 */
export function preloadPage(name: Route['name']): void {
  const { page } = pageEntry(name);
  if ('load' in page) page.load().catch(() => undefined);
}
