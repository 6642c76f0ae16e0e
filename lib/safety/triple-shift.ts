/** Shift pressed this many times within the window triggers quick exit. */
export const PRESSES = 3;
export const WINDOW_MS = 5_000;

interface KeyLike {
  readonly key: string;
  readonly repeat: boolean;
}

/**
 * Watches key presses for Shift three times within five seconds (a single Esc is too easy to
 * hit by accident, and it also stops page loads). Held-down repeats do not count; any other key
 * in between does not reset the count, so typing capitals keeps working as a trigger too.
 */
export function createTripleShift(onTrigger: () => void, now: () => number = Date.now) {
  let presses: number[] = [];
  return (event: KeyLike): void => {
    if (event.key !== 'Shift' || event.repeat) return;
    const time = now();
    presses = [...presses.filter((t) => time - t < WINDOW_MS), time];
    if (presses.length >= PRESSES) {
      presses = [];
      onTrigger();
    }
  };
}
