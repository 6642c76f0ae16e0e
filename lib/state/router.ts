import { signal, type ReadonlySignal } from '@preact/signals';
import { parseRoute, routeHash, type Route } from './route';

export interface Router {
  readonly route: ReadonlySignal<Route>;
  go(route: Route): void;
  /** Stops following the address and the links (for tests; a page's router lives with it). */
  stop(): void;
}

/**
 * Follows `location.hash`. Moving between pages replaces the one history entry instead of
 * pushing one per page: a tab restored after quick exit has no trail of the plan's pages to walk
 * back through. In-page links (`href="#/…"`) are taken over the same way.
 * `initial` shows a page the address does not name (a site handed over without the URL).
 */
export function createHashRouter(win: Window = window, initial?: Route): Router {
  const route = signal(initial ?? parseRoute(win.location.hash));
  const go = (next: Route) => {
    win.history.replaceState(win.history.state, '', routeHash(next));
    route.value = next;
  };
  const stopped = new AbortController();
  const { signal: until } = stopped;
  win.addEventListener(
    'hashchange',
    () => {
      route.value = parseRoute(win.location.hash);
    },
    { signal: until },
  );
  win.document.addEventListener(
    'click',
    (event) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href^="#/"]');
      if (!link || link.getAttribute('target')) return;
      event.preventDefault();
      go(parseRoute(link.getAttribute('href') ?? ''));
    },
    { signal: until },
  );
  return { route, go, stop: () => stopped.abort() };
}
