import { describe, expect, it } from 'vitest';
import { lazyActions } from '@/lib/state/lazy-actions';
import type { StoreCore } from '@/lib/state/store-core';

const core = { now: () => 7 } as StoreCore;
const counted = (c: StoreCore) => ({
  stamp: async (label: string) => `${label} at ${c.now()}`,
  fail: async () => {
    throw new Error('no room');
  },
});

describe('actions loaded when first used', () => {
  it('loads nothing until an action is called, then loads once for every call', async () => {
    let loads = 0;
    const set = lazyActions(async () => (loads++, counted), ['stamp', 'fail']);
    const actions = set(core);
    expect(Object.keys(actions)).toEqual(['stamp', 'fail']);
    expect(loads).toBe(0);
    expect(await actions.stamp('kept')).toBe('kept at 7');
    await expect(actions.fail()).rejects.toThrow('no room');
    expect(loads).toBe(1);
  });

  it('tries the load again after it failed, and says why it failed', async () => {
    let tries = 0;
    const set = lazyActions(async () => {
      if (++tries === 1) throw new Error('chunk did not load');
      return counted;
    }, ['stamp']);
    const actions = set(core);
    await expect(actions.stamp('a')).rejects.toThrow('chunk did not load');
    expect(await actions.stamp('b')).toBe('b at 7');
  });
});
