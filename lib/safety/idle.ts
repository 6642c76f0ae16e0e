const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
/** Moments when time may have passed unseen: the laptop woke, the tab came back. */
const WAKE = ['focus', 'visibilitychange', 'pageshow'] as const;
/** How often the deadline is checked against the clock, whatever the timers did. */
const CHECK_EVERY_MS = 15_000;

/**
 * Calls `onIdle` once the person has done nothing on this page for `minutes` (0: never).
 * The deadline is a time on the clock, not a countdown: a timer may stop while the computer
 * sleeps, so the deadline is also checked every 15 seconds, when the page comes back (focus,
 * visibility), and at the first touch or key after a pause — before that activity counts, so
 * a key pressed after a long sleep locks instead of keeping the plan open.
 * `wakeTargets` hear those moments (a page passes its document and its window).
 * Returns a function that stops watching.
 */
export function watchIdle(
  target: EventTarget,
  minutes: number,
  onIdle: () => void,
  wakeTargets: readonly EventTarget[] = [target],
): () => void {
  if (minutes <= 0) return () => undefined;
  const idleMs = minutes * 60_000;
  let deadline = Date.now() + idleMs;
  let fired = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = (): boolean => {
    if (fired) return true;
    if (Date.now() < deadline) return false;
    fired = true;
    stop();
    onIdle();
    return true;
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void (check() || schedule()), Math.max(0, deadline - Date.now()));
  };
  const onActivity = () => {
    if (check()) return;
    deadline = Date.now() + idleMs;
    schedule();
  };
  const onWake = () => void check();
  const interval = setInterval(onWake, CHECK_EVERY_MS);

  function stop() {
    clearTimeout(timer);
    clearInterval(interval);
    for (const type of ACTIVITY) target.removeEventListener(type, onActivity);
    for (const wake of wakeTargets) for (const type of WAKE) wake.removeEventListener(type, onWake);
  }

  for (const type of ACTIVITY) target.addEventListener(type, onActivity, { passive: true });
  for (const wake of wakeTargets) for (const type of WAKE) wake.addEventListener(type, onWake);
  schedule();
  return stop;
}
