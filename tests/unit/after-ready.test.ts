// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterReady } from '@/lib/pages/after-ready';

afterEach(() => performance.clearMarks());

describe('afterReady', () => {
  it('waits for the ready mark, then runs once', async () => {
    const work = vi.fn();
    afterReady(work);
    performance.mark('other');
    await new Promise((r) => setTimeout(r, 20));
    expect(work).not.toHaveBeenCalled();
    performance.mark('ready');
    await vi.waitFor(() => expect(work).toHaveBeenCalledTimes(1));
    performance.mark('ready');
    await new Promise((r) => setTimeout(r, 20));
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs at once when the page is already ready', () => {
    performance.mark('ready');
    const work = vi.fn();
    afterReady(work);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
