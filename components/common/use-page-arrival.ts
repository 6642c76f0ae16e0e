import type { RefObject } from 'preact';
import { signal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { routeHash, type Route } from '@/lib/state/route';

/** True once the first page is on screen: work the first screen does not need waits for it. */
export const firstShown = signal(false);

/** The `ready` mark (tests and the bench wait for it): the first page is on screen, once. */
export function markReady(): void {
  if (performance.getEntriesByName('ready').length === 0) performance.mark('ready');
  firstShown.value = true;
}

/**
 * What to do once a page is on screen (its code may load first). Moving between pages puts keyboard
 * and screen-reader focus on the new page's content; not on the first page: focus starts there.
 * The new page starts at its top (focusing a tall page that is partly in view would not scroll).
 * A page may name the place to arrive at (an account's step, from "Go to this step").
 */
export function usePageArrival(main: RefObject<HTMLElement>): (page: Route) => void {
  const shownRoute = useRef<string | null>(null);
  return (page) => {
    markReady();
    const shown = routeHash(page);
    const arrive = main.current?.querySelector<HTMLElement>('[data-arrive]');
    if (arrive) {
      arrive.focus({ preventScroll: true });
      arrive.scrollIntoView({ block: 'start' });
    } else if (shownRoute.current !== null && shownRoute.current !== shown) {
      main.current?.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    }
    shownRoute.current = shown;
  };
}
