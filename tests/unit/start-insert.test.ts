import { describe, expect, it } from 'vitest';
import type { AccountKind } from '@/lib/plan/kinds';
import { toRecord } from '@/lib/plan/records';
import type { Account } from '@/lib/plan/types';
import type { StartAnswers } from '@/lib/start/answers';
import { startInsertionIndex } from '@/lib/start/insert';
import { makeAccount } from '../fixtures/accounts';

const start = (a: Partial<StartAnswers>) => [
  toRecord('start', { worries: [], knows: [], updatedAt: 1, ...a }),
];
const plan = (...kinds: AccountKind[]): Account[] =>
  kinds.map((kind, i) => makeAccount({ id: `${kind}-${i}`, kind }));
const placed = (ordered: Account[], kind: AccountKind, records: ReturnType<typeof start>) => {
  const next: (Account | AccountKind)[] = [...ordered];
  next.splice(startInsertionIndex(ordered, kind, records), 0, kind);
  return next.map((a) => (typeof a === 'string' ? `new ${a}` : a.kind));
};

describe('a new account, once the start was answered', () => {
  // The plan as the start ordered it for a person who left and fears being found.
  const left = start({ living: 'left', worries: ['location'] });
  const ordered = plan('trackers', 'car', 'primary-email', 'banking');

  it('goes in with the kinds the answers bring forward, not by kind alone', () => {
    expect(placed(ordered, 'device-cloud', left)).toEqual([
      'trackers',
      'new device-cloud',
      'car',
      'primary-email',
      'banking',
    ]);
  });

  it('goes after what the answers bring forward when its kind is not one of them', () => {
    // By kind alone a main email would go first, before the trackers.
    expect(placed(ordered, 'primary-email', left)).toEqual([
      'trackers',
      'car',
      'primary-email',
      'new primary-email',
      'banking',
    ]);
    expect(placed(ordered, 'shopping', left)).toEqual([
      'trackers',
      'car',
      'primary-email',
      'banking',
      'new shopping',
    ]);
  });

  it('follows a worry: money brings a new bank forward', () => {
    const money = start({ worries: ['money'] });
    expect(placed(plan('banking', 'primary-email'), 'banking', money)).toEqual([
      'banking',
      'new banking',
      'primary-email',
    ]);
  });

  it('goes by kind when the answers bring nothing forward', () => {
    expect(placed(plan('primary-email', 'banking'), 'phone-carrier', start({}))).toEqual([
      'primary-email',
      'new phone-carrier',
      'banking',
    ]);
  });
});
