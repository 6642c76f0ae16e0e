import { act, renderHook } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SESSION_IDLE_MINUTES, useSessionIdle } from '@/components/advocate/session-idle';

describe('a running session’s idle limit', () => {
  afterEach(() => vi.useRealTimers());

  it('warns a minute before, "keep going" starts the clock again, and then it ends', () => {
    vi.useFakeTimers();
    const end = vi.fn();
    const { result } = renderHook(() => useSessionIdle(true, end));
    act(() => void vi.advanceTimersByTime((SESSION_IDLE_MINUTES - 1) * 60_000));
    expect(result.current.warning).toBe(true);
    expect(end).not.toHaveBeenCalled();

    act(() => result.current.keepGoing());
    expect(result.current.warning).toBe(false);
    act(() => void vi.advanceTimersByTime((SESSION_IDLE_MINUTES - 2) * 60_000));
    expect(end).not.toHaveBeenCalled();

    act(() => void vi.advanceTimersByTime(2 * 60_000));
    expect(result.current.warning).toBe(true);
    expect(end).toHaveBeenCalledTimes(1);
  });

  it('ends at the first touch after the laptop slept through the limit', () => {
    vi.useFakeTimers();
    const end = vi.fn();
    const { result } = renderHook(() => useSessionIdle(true, end));
    vi.setSystemTime(Date.now() + 2 * 60 * 60_000);
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    expect(result.current.warning).toBe(true);
    // The warning's own minute is kept by the clock too: one more check ends it.
    vi.setSystemTime(Date.now() + 61_000);
    act(() => void document.dispatchEvent(new Event('keydown')));
    expect(end).toHaveBeenCalledTimes(1);
  });

  it('keeps no clock when no session runs', () => {
    vi.useFakeTimers();
    const end = vi.fn();
    renderHook(() => useSessionIdle(false, end));
    act(() => void vi.advanceTimersByTime(3 * 60 * 60_000));
    expect(end).not.toHaveBeenCalled();
  });
});
