import { signal, type ReadonlySignal } from '@preact/signals';
import { parseRoute, routeHash, type Route } from './route';

export interface Router {
  readonly route: ReadonlySignal<Route>;
  go(route: Route): void;
}

/** Follows `location.hash`; `go` pushes a history entry so Back works. */
export function createHashRouter(win: Window = window): Router {
  const route = signal(parseRoute(win.location.hash));
  win.addEventListener('hashchange', () => {
    route.value = parseRoute(win.location.hash);
  });
  return {
    route,
    go: (next) => {
      win.location.hash = routeHash(next);
      route.value = next;
    },
  };
}
