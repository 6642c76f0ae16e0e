import { describe, expect, it, vi } from 'vitest';
import { watchIdle } from '@/lib/safety/idle';
import { createTripleShift } from '@/lib/safety/triple-shift';

const shift = { key: 'Shift', repeat: false };

describe('Shift three times', () => {
  it('triggers on the third press within five seconds, and only then', () => {
    let now = 0;
    const onTrigger = vi.fn();
    const press = createTripleShift(onTrigger, () => now);
    press(shift);
    now = 2_000;
    press({ key: 'a', repeat: false });
    press(shift);
    expect(onTrigger).not.toHaveBeenCalled();
    now = 4_999;
    press(shift);
    expect(onTrigger).toHaveBeenCalledTimes(1);
  });

  it('ignores held-down repeats and presses older than five seconds', () => {
    let now = 0;
    const onTrigger = vi.fn();
    const press = createTripleShift(onTrigger, () => now);
    press(shift);
    press({ key: 'Shift', repeat: true });
    press({ key: 'Shift', repeat: true });
    now = 5_000;
    press(shift);
    now = 6_000;
    press(shift);
    expect(onTrigger).not.toHaveBeenCalled();
    now = 7_000;
    press(shift);
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
});
