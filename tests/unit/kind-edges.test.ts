import { describe, expect, it } from 'vitest';
import { KIND_EDGES, kindsReachedFrom } from '@/lib/plan/kind-edges';
import { isAccountKind, kindRank } from '@/lib/plan/kinds';
import { recommendedOrder } from '@/lib/plan/order';
import { makeAccount } from '../fixtures/accounts';

describe('edges between kinds (issue 32)', () => {
  it('names only real kinds, and never a kind reaching itself', () => {
    for (const edge of KIND_EDGES) {
      expect(isAccountKind(edge.from) && isAccountKind(edge.to)).toBe(true);
      expect(kindsReachedFrom(edge.from)).not.toContain(edge.from);
    }
  });

  it('orders what can change another before it', () => {
    for (const edge of KIND_EDGES)
      expect(kindRank(edge.from), `${edge.from} → ${edge.to}`).toBeLessThan(kindRank(edge.to));
    const plan = [
      makeAccount({ kind: 'smart-home' }),
      makeAccount({ kind: 'banking' }),
      makeAccount({ kind: 'home-internet' }),
      makeAccount({ kind: 'mail-address' }),
    ];
    expect(recommendedOrder(plan).map((a) => a.kind)).toEqual([
      'mail-address',
      'banking',
      'home-internet',
      'smart-home',
    ]);
  });

  it('follows mail to the accounts its letters reset', () => {
    expect(kindsReachedFrom('mail-address')).toEqual(['banking', 'government', 'health']);
    expect(kindsReachedFrom('home-internet')).toEqual(['smart-home']);
    expect(kindsReachedFrom('dating')).toEqual([]);
  });
});
