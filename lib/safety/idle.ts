const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` once the person has done nothing on this page for `minutes` (0: never).
 * Returns a function that stops watching.
 */
export function watchIdle(target: EventTarget, minutes: number, onIdle: () => void): () => void {
  if (minutes <= 0) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reset = () => {
    clearTimeout(timer);
    timer = setTimeout(onIdle, minutes * 60_000);
  };
  for (const type of ACTIVITY) target.addEventListener(type, reset, { passive: true });
  reset();
  return () => {
    clearTimeout(timer);
    for (const type of ACTIVITY) target.removeEventListener(type, reset);
  };
}
