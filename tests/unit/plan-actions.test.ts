import { describe, expect, it } from 'vitest';
import { ACTION_SETS, combineActions } from '@/lib/state/actions';
import { createPlanStore } from '@/lib/state/plan-store';
import type { StoreCore } from '@/lib/state/store-core';
import { createMemoryStorage } from '@/lib/storage/memory-storage';

const core = {} as StoreCore;

describe('plan actions registry', () => {
  it('gives the store every registered action, each once', () => {
    const store = createPlanStore({ storage: createMemoryStorage() });
    const names = ACTION_SETS.flatMap((set) => Object.keys(set(core)));
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(typeof (store as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(names).toEqual(expect.arrayContaining(['addAccount', 'saveRecord', 'unlock']));
  });

  it('adds a new set without touching the store, and refuses two sets naming one action', () => {
    const extra = (c: StoreCore) => ({ ping: () => c === core });
    const combined = combineActions(core, [extra]);
    expect(combined.ping()).toBe(true);
    const clash = () => ({ ping: () => false });
    expect(() => combineActions(core, [extra, clash])).toThrow(
      'Two action sets both name the plan action "ping"',
    );
  });
});
