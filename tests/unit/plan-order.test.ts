import { describe, expect, it } from 'vitest';
import { ACCOUNT_KINDS } from '@/lib/plan/kinds';
import {
  insertionIndex,
  moveBy,
  recommendedOrder,
  renumber,
  sortByPosition,
} from '@/lib/plan/order';
import { makeAccount } from '../fixtures/accounts';

describe('plan order', () => {
  it('recommends what recovers what: email, carrier, cloud, passwords, messaging, money, location, the rest', () => {
    const shuffled = [...ACCOUNT_KINDS].reverse().map((kind) => makeAccount({ kind }));
    expect(recommendedOrder(shuffled).map((a) => a.kind)).toEqual([
      'primary-email',
      'phone-carrier',
      'device-cloud',
      'password-manager',
      'messaging',
      'mail-address',
      'banking',
      'government',
      'trackers',
      'family',
      'co-parenting',
      'home-internet',
      'social',
      'smart-home',
      'car',
      'fitness',
      'health',
      'games',
      'dating',
      'other-email',
      'work',
      'shopping',
      'other',
    ]);
  });

  it('keeps the order accounts were added in within one kind', () => {
    const first = makeAccount({ kind: 'banking', name: 'first' });
    const second = makeAccount({ kind: 'banking', name: 'second' });
    expect(recommendedOrder([second, first]).map((a) => a.name)).toEqual(['first', 'second']);
  });

  it('inserts a new account after every account whose kind comes no later', () => {
    const plan = ['primary-email', 'banking', 'banking', 'social'].map((kind) =>
      makeAccount({ kind: kind as never }),
    );
    expect(insertionIndex(plan, 'phone-carrier')).toBe(1);
    expect(insertionIndex(plan, 'banking')).toBe(3);
    expect(insertionIndex(plan, 'other')).toBe(4);
    expect(insertionIndex(plan, 'primary-email')).toBe(1);
    expect(insertionIndex([], 'other')).toBe(0);
  });

  it('inserts after a moved account too: the person’s order is respected', () => {
    // The person moved a social account to the top; a new carrier goes after it.
    const plan = [makeAccount({ kind: 'social' }), makeAccount({ kind: 'primary-email' })];
    expect(insertionIndex(plan, 'phone-carrier')).toBe(2);
  });

  it('moves an account up or down one place and stops at the ends', () => {
    const [a, b, c] = [makeAccount(), makeAccount(), makeAccount()];
    const plan = [a!, b!, c!];
    expect(moveBy(plan, b!.id, -1).map((x) => x.id)).toEqual([b!.id, a!.id, c!.id]);
    expect(moveBy(plan, b!.id, 1).map((x) => x.id)).toEqual([a!.id, c!.id, b!.id]);
    expect(moveBy(plan, a!.id, -1)).toEqual(plan);
    expect(moveBy(plan, c!.id, 1)).toEqual(plan);
    expect(moveBy(plan, 'missing', 1)).toEqual(plan);
  });

  it('renumbers positions and returns only the accounts that changed', () => {
    const a = makeAccount({ position: 0 });
    const b = makeAccount({ position: 5 });
    const changed = renumber([a, b], 42);
    expect(changed).toEqual([{ ...b, position: 1, updatedAt: 42 }]);
    expect(sortByPosition([{ ...b, position: 1 }, a]).map((x) => x.id)).toEqual([a.id, b.id]);
  });
});
