import { describe, expect, it } from 'vitest';
import { lockstepUrls, oneAtATime, sweepWhenHidden } from '@/lib/safety/history-sweep';

const ORIGIN = 'chrome-extension://abcdefgh/';

describe('lockstepUrls', () => {
  it('keeps only Lockstep’s own pages, each once', () => {
    const rows = [
      { url: `${ORIGIN}dashboard.html#/plan` },
      { url: 'https://example.com/?q=abcdefgh' }, // the id in someone else's address
      { url: `${ORIGIN}dashboard.html#/plan` },
      { url: `${ORIGIN}dashboard.html#/help` },
      {},
    ];
    expect(lockstepUrls(rows, ORIGIN)).toEqual([
      `${ORIGIN}dashboard.html#/plan`,
      `${ORIGIN}dashboard.html#/help`,
    ]);
  });

  it('finds nothing in an empty history', () => {
    expect(lockstepUrls([], ORIGIN)).toEqual([]);
  });
});

describe('oneAtATime', () => {
  it('runs once more after a call made during a run, never more', async () => {
    let runs = 0;
    let release: () => void = () => undefined;
    const sweep = oneAtATime(async () => {
      runs += 1;
      if (runs === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const first = sweep();
    void sweep();
    void sweep();
    release();
    await first;
    expect(runs).toBe(2);
    await sweep();
    expect(runs).toBe(3);
  });

  it('goes on after a sweep that failed', async () => {
    let runs = 0;
    const sweep = oneAtATime(async () => {
      runs += 1;
      throw new Error('refused');
    });
    await sweep();
    await sweep();
    expect(runs).toBe(2);
  });
});

describe('sweepWhenHidden', () => {
  function fakePage(on: boolean) {
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as string });
    const win = new EventTarget();
    const asked: string[] = [];
    const stop = sweepWhenHidden(
      doc as unknown as Document,
      win as unknown as Window,
      () => on,
      () => asked.push(doc.visibilityState),
    );
    return { doc, win, asked, stop };
  }

  it('asks when the page hides and when it goes away, with clean-up on', () => {
    const { doc, win, asked } = fakePage(true);
    doc.dispatchEvent(new Event('visibilitychange')); // shown again: nothing to do
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    win.dispatchEvent(new Event('pagehide'));
    expect(asked).toEqual(['hidden', 'hidden']);
  });

  it('never asks with clean-up off, nor after it stopped', () => {
    const off = fakePage(false);
    off.doc.visibilityState = 'hidden';
    off.doc.dispatchEvent(new Event('visibilitychange'));
    off.win.dispatchEvent(new Event('pagehide'));
    expect(off.asked).toEqual([]);
    const stopped = fakePage(true);
    stopped.stop();
    stopped.win.dispatchEvent(new Event('pagehide'));
    expect(stopped.asked).toEqual([]);
  });
});
