import { describe, expect, it } from 'vitest';
import { readAhead, workWindow } from '@/lib/evidence/archive-pipe';

/** A source of 0…count-1 that logs each read as it starts, and may fail at `failAt`. */
function source(count: number, log: string[], failAt = -1) {
  return (async function* () {
    try {
      for (let i = 0; i < count; i++) {
        log.push(`read ${i}`);
        await Promise.resolve();
        if (i === failAt) throw new Error(`bad ${i}`);
        yield i;
      }
    } finally {
      log.push('closed');
    }
  })();
}

describe('reading ahead', () => {
  it('gives every item in order, with the next read started before this one is used', async () => {
    const log: string[] = [];
    for await (const item of readAhead(source(4, log), 2)) {
      await Promise.resolve();
      log.push(`use ${item}`);
    }
    expect(log.filter((l) => l.startsWith('use'))).toEqual(['use 0', 'use 1', 'use 2', 'use 3']);
    expect(log.indexOf('read 1')).toBeLessThan(log.indexOf('use 0'));
    expect(log.at(-1)).toBe('use 3');
    expect(log).toContain('closed');
  });

  it('passes a failed read on to the loop, after the items before it', async () => {
    const seen: number[] = [];
    const run = async () => {
      for await (const item of readAhead(source(5, [], 2), 3)) seen.push(item);
    };
    await expect(run()).rejects.toThrow('bad 2');
    expect(seen).toEqual([0, 1]);
  });

  it('closes the source when the loop stops early', async () => {
    const log: string[] = [];
    for await (const item of readAhead(source(10, log), 2)) if (item === 1) break;
    expect(log).toContain('closed');
    expect(log).not.toContain('read 5');
  });
});

describe('the work window', () => {
  it('never has more than its limit running, and drains the rest', async () => {
    const window = workWindow(3);
    let running = 0;
    let most = 0;
    const work = async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 1));
      running--;
    };
    for (let i = 0; i < 10; i++) await window.add(work());
    await window.drain();
    expect(most).toBeLessThanOrEqual(3);
    expect(running).toBe(0);
  });

  it('throws the first failure where it is met, and no failure goes unheard', async () => {
    const window = workWindow(2);
    await window.add(Promise.reject(new Error('sealing failed')));
    await expect(window.add(Promise.resolve())).rejects.toThrow('sealing failed');
    await window.add(Promise.reject(new Error('later')));
    await expect(window.drain()).rejects.toThrow('later');
  });
});
