import { describe, expect, it, vi } from 'vitest';
import { watchIdle } from '@/lib/safety/idle';
import { createTripleShift } from '@/lib/safety/triple-shift';

describe('Shift three times', () => {
  const tap = (press: (e: { type: string; key: string; repeat: boolean }) => void) => {
    press({ type: 'keydown', key: 'Shift', repeat: false });
    press({ type: 'keyup', key: 'Shift', repeat: false });
  };
  /** Shift held while typing another key, as for a capital letter or a symbol. */
  const capital = (
    press: (e: { type: string; key: string; repeat: boolean }) => void,
    key: string,
  ) => {
    press({ type: 'keydown', key: 'Shift', repeat: false });
    press({ type: 'keydown', key, repeat: false });
    press({ type: 'keyup', key, repeat: false });
    press({ type: 'keyup', key: 'Shift', repeat: false });
  };

  it('triggers on the third tap within five seconds, and only then', () => {
    let now = 0;
    const onTrigger = vi.fn();
    const press = createTripleShift(onTrigger, () => now);
    tap(press);
    now = 2_000;
    press({ type: 'keydown', key: 'a', repeat: false });
    tap(press);
    expect(onTrigger).not.toHaveBeenCalled();
    now = 4_999;
    tap(press);
    expect(onTrigger).toHaveBeenCalledTimes(1);
  });

  it('never triggers while typing capitals and symbols, as in a password', () => {
    const onTrigger = vi.fn();
    const press = createTripleShift(onTrigger, () => 0);
    for (const key of 'Kq8$wZ!P@SS'.split('')) {
      if (/[A-Z!@$]/.test(key)) capital(press, key);
      else press({ type: 'keydown', key, repeat: false });
    }
    expect(onTrigger).not.toHaveBeenCalled();
  });

  it('ignores a held Shift and taps older than five seconds', () => {
    let now = 0;
    const onTrigger = vi.fn();
    const press = createTripleShift(onTrigger, () => now);
    press({ type: 'keydown', key: 'Shift', repeat: false });
    press({ type: 'keydown', key: 'Shift', repeat: true });
    press({ type: 'keydown', key: 'Shift', repeat: true });
    press({ type: 'keyup', key: 'Shift', repeat: false });
    now = 5_000;
    tap(press);
    now = 6_000;
    tap(press);
    expect(onTrigger).not.toHaveBeenCalled();
    now = 7_000;
    tap(press);
    expect(onTrigger).toHaveBeenCalledTimes(1);
  });
});

describe('idle lock', () => {
  it('fires after the idle time, is pushed back by activity, and never fires at 0', () => {
    vi.useFakeTimers();
    const target = new EventTarget();
    const onIdle = vi.fn();
    const stop = watchIdle(target, 1, onIdle);
    vi.advanceTimersByTime(59_000);
    target.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(59_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    stop();
    const never = vi.fn();
    watchIdle(target, 0, never);
    vi.advanceTimersByTime(10 * 60_000);
    expect(never).not.toHaveBeenCalled();
    vi.useRealTimers();
  });

  it('keeps time by the clock: after a sleep the first wake or key locks, it does not reset', () => {
    vi.useFakeTimers();
    for (const wakeEvent of ['visibilitychange', 'keydown']) {
      const target = new EventTarget();
      const onIdle = vi.fn();
      watchIdle(target, 5, onIdle);
      vi.advanceTimersByTime(60_000);
      // The laptop slept for an hour: the clock moved, the page's timers did not run.
      vi.setSystemTime(Date.now() + 60 * 60_000);
      expect(onIdle).not.toHaveBeenCalled();
      target.dispatchEvent(new Event(wakeEvent));
      expect(onIdle).toHaveBeenCalledTimes(1);
      target.dispatchEvent(new Event('keydown'));
      vi.advanceTimersByTime(10 * 60_000);
      expect(onIdle).toHaveBeenCalledTimes(1);
    }
    vi.useRealTimers();
  });

  it('checks the clock every few seconds even with no event at all', () => {
    vi.useFakeTimers();
    const target = new EventTarget();
    const onIdle = vi.fn();
    watchIdle(target, 5, onIdle);
    vi.setSystemTime(Date.now() + 60 * 60_000);
    vi.advanceTimersByTime(15_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});
