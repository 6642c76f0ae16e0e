/**
 * The history sweep's pure parts: which rows are Lockstep's own pages, and how sweeps asked for
 * at once (several tabs closing, a hidden page and a background start) run one after another.
 */

/** The addresses of Lockstep's own pages among history rows (each address once). */
export function lockstepUrls(
  items: readonly { readonly url?: string }[],
  origin: string,
): string[] {
  const urls = items.map((item) => item.url ?? '').filter((url) => url.startsWith(origin));
  return [...new Set(urls)];
}

/**
 * Wraps a sweep so that one runs at a time. A call while one runs asks for one more run after
 * it (a page hidden during a sweep may have added its row after the search), never more.
 */
export function oneAtATime(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  const loop = async (): Promise<void> => {
    do {
      again = false;
      await run().catch(() => undefined);
    } while (again);
    running = undefined;
  };
  return () => {
    if (running) again = true;
    else running = loop();
    return running;
  };
}

/**
 * Asks for a sweep when the page hides (another tab, a minimized window) and when it goes away
 * (its tab closes): `ask` is called only while `on()` says history clean-up is on. Returns a
 * function that stops listening.
 */
export function sweepWhenHidden(
  doc: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>,
  win: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  on: () => boolean,
  ask: () => void,
): () => void {
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden' && on()) ask();
  };
  const onPageHide = () => {
    if (on()) ask();
  };
  doc.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('pagehide', onPageHide);
  return () => {
    doc.removeEventListener('visibilitychange', onVisibility);
    win.removeEventListener('pagehide', onPageHide);
  };
}
