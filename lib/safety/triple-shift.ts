/** Shift tapped this many times within the window triggers quick exit. */
export const PRESSES = 3;
export const WINDOW_MS = 5_000;

interface KeyLike {
  readonly type: string;
  readonly key: string;
  readonly repeat: boolean;
}

/**
 * Watches for Shift tapped three times within five seconds (a single Esc is too easy to hit by
 * accident, and it also stops page loads). Only a tap counts: Shift pressed and released with no
 * other key in between, so typing capitals or symbols (Shift held with another key) never
 * triggers it, even in a password. Feed it every keydown and keyup.
 */
export function createTripleShift(onTrigger: () => void, now: () => number = Date.now) {
  let taps: number[] = [];
  let clean = false;
  return (event: KeyLike): void => {
    if (event.type === 'keydown') {
      clean = event.key === 'Shift' && !event.repeat ? true : event.key === 'Shift' && clean;
      return;
    }
    if (event.type !== 'keyup' || event.key !== 'Shift' || !clean) return;
    clean = false;
    const time = now();
    taps = [...taps.filter((t) => time - t < WINDOW_MS), time];
    if (taps.length >= PRESSES) {
      taps = [];
      onTrigger();
    }
  };
}
