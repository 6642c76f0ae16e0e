import { describe, expect, it } from 'vitest';
import {
  addMonths,
  answerItem,
  dueItems,
  isDue,
  nextDueAt,
  openCheckUp,
  remainingItems,
  type DueInput,
  groupByAccount,
} from '@/lib/checkups/due';
import { stepsFor } from '@/lib/plan/playbook';
import type { CheckUp } from '@/lib/plan/records';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(iso);

describe('when a check-up is due (fake clock)', () => {
  const table: [rhythm: 'two-weeks' | 'month' | 'three-months', since: string, due: string][] = [
    ['two-weeks', '2026-03-01T10:00:00Z', '2026-03-15T10:00:00Z'],
    ['month', '2026-01-31T10:00:00Z', '2026-02-28T10:00:00Z'],
    ['month', '2028-01-31T10:00:00Z', '2028-02-29T10:00:00Z'],
    ['month', '2026-12-15T10:00:00Z', '2027-01-15T10:00:00Z'],
    ['three-months', '2026-11-30T10:00:00Z', '2027-02-28T10:00:00Z'],
    ['three-months', '2026-05-31T10:00:00Z', '2026-08-31T10:00:00Z'],
  ];
  it.each(table)('%s from %s is due at %s', (rhythm, since, due) => {
    const dueAt = nextDueAt({ rhythm, since: at(since) }, [], at(since));
    expect(new Date(dueAt!).toISOString()).toBe(new Date(at(due)).toISOString());
    expect(isDue(dueAt, at(due) - 1)).toBe(false);
    expect(isDue(dueAt, at(due))).toBe(true);
  });

  it('is never due with the rhythm off', () => {
    expect(nextDueAt({ rhythm: 'off', since: 0 }, [], 10 * 365 * DAY)).toBeNull();
    expect(isDue(null, Number.MAX_SAFE_INTEGER)).toBe(false);
  });

  it('counts from the last finished check-up, not one still in parts', () => {
    const since = at('2026-03-01T00:00:00Z');
    const done: CheckUp = {
      id: 'a',
      startedAt: since,
      endedAt: since + 20 * DAY,
      items: [],
      updatedAt: 0,
    };
    const open: CheckUp = { id: 'b', startedAt: since + 40 * DAY, items: [], updatedAt: 0 };
    const now = since + 41 * DAY;
    expect(nextDueAt({ rhythm: 'two-weeks', since }, [done, open], now)).toBe(since + 34 * DAY);
  });

  it('a clock moved back never pushes the check-up further than one interval', () => {
    const since = at('2026-06-01T00:00:00Z');
    const movedBack = since - 300 * DAY;
    const dueAt = nextDueAt({ rhythm: 'two-weeks', since }, [], movedBack);
    expect(dueAt).toBe(movedBack + 14 * DAY);
  });

  it('addMonths keeps the day inside a shorter month', () => {
    expect(new Date(addMonths(at('2026-03-31T00:00:00Z'), 1)).toISOString()).toBe(
      '2026-04-30T00:00:00.000Z',
    );
  });
});

describe('what a check-up covers', () => {
  const [TO_DO, SKIPPED] = stepsFor('primary-email')
    .filter((s) => s.recurring && s.id !== 'email_forwarding')
    .map((s) => s.id);
  const input = (decisions: DueInput['decisions'], looked: string[] = []): DueInput => ({
    accounts: [
      { id: 'g', kind: 'primary-email' },
      { id: 'b', kind: 'banking' },
      { id: 's', kind: 'social' },
    ],
    decisions,
    assessments: looked.map((accountId) => ({ accountId, secondSteps: [], updatedAt: 0 })),
    // In the main email: forwarding does not apply, one step is still to do, one was skipped,
    // the rest are done. The other accounts' steps are all done.
    statusOf: (accountId, stepId) =>
      accountId !== 'g'
        ? 'done'
        : stepId === 'email_forwarding'
          ? 'na'
          : stepId === TO_DO
            ? undefined
            : stepId === SKIPPED
              ? 'skipped'
              : 'done',
    stepsFor,
  });
  const decision = (accountId: string, choice: 'change-now' | 'later' | 'leave-it') => ({
    accountId,
    choice,
    note: '',
    at: 0,
  });

  it('takes recurring steps marked done only, of change-now accounts and accounts from before Look first', () => {
    const { items, later } = dueItems(input([decision('b', 'later'), decision('s', 'leave-it')]));
    expect(later).toEqual(['b']);
    expect(items.every((i) => i.accountId === 'g')).toBe(true);
    const recurring = stepsFor('primary-email')
      .filter((s) => s.recurring)
      .map((s) => s.id);
    expect(items.map((i) => (i.kind === 'step' ? i.stepId : ''))).toEqual(
      recurring.filter((id) => !['email_forwarding', TO_DO, SKIPPED].includes(id)),
    );
    expect(TO_DO && SKIPPED).toBeTruthy();
    expect(items.length).toBeGreaterThan(0);
  });

  it('adds the questions that can change, for accounts that were looked at', () => {
    const { items } = dueItems(
      input([decision('b', 'leave-it'), decision('s', 'leave-it')], ['g']),
    );
    expect(items.filter((i) => i.kind === 'question').map((i) => i.key)).toEqual([
      'question:g:unknownDevices',
      'question:g:recovery',
      'question:g:secondSteps',
      'question:g:sharedOnPurpose',
    ]);
  });

  it('asks about each device record again, first, and ends only once they are answered', () => {
    const base = input([decision('b', 'leave-it'), decision('s', 'leave-it')], ['g']);
    const { items } = dueItems({ ...base, devices: [{ id: 'p1' }, { id: 'p2' }] });
    expect(items.slice(0, 2)).toEqual([
      { kind: 'device', key: 'device:p1', accountId: 'devices', deviceId: 'p1' },
      { kind: 'device', key: 'device:p2', accountId: 'devices', deviceId: 'p2' },
    ]);
    expect(groupByAccount(items)[0]).toEqual(['devices', items.slice(0, 2)]);
    let checkUp: CheckUp = { id: 'c', startedAt: 1, items: [], updatedAt: 1 };
    for (const item of items.slice(2))
      checkUp = answerItem(checkUp, items, { key: item.key, outcome: 'confirmed' }, 2);
    expect(checkUp.endedAt).toBeUndefined();
    expect(remainingItems(items, checkUp).map((i) => i.key)).toEqual(['device:p1', 'device:p2']);
  });

  it('can be done in parts and ends when every item is answered', () => {
    const { items } = dueItems(
      input([decision('b', 'leave-it'), decision('s', 'leave-it')], ['g']),
    );
    let checkUp: CheckUp = { id: 'c', startedAt: 1, items: [], updatedAt: 1 };
    checkUp = answerItem(checkUp, items, { key: items[0]!.key, outcome: 'confirmed' }, 2);
    checkUp = answerItem(
      checkUp,
      items,
      { key: items[1]!.key, outcome: 'fixed', found: 'A rule came back' },
      3,
    );
    expect(checkUp.endedAt).toBeUndefined();
    expect(openCheckUp([checkUp])).toBe(checkUp);
    expect(remainingItems(items, checkUp)).toHaveLength(items.length - 2);
    for (const item of remainingItems(items, checkUp))
      checkUp = answerItem(checkUp, items, { key: item.key, outcome: 'skipped' }, 9);
    expect(checkUp.endedAt).toBe(9);
    expect(openCheckUp([checkUp])).toBeUndefined();
    expect(checkUp.items.find((i) => i.outcome === 'fixed')?.found).toBe('A rule came back');
  });
});

describe('groupByAccount', () => {
  it('keeps the items’ order, one group per account in the order first met', () => {
    const item = (accountId: string, stepId: string) =>
      ({ kind: 'step', key: `${accountId}:${stepId}`, accountId, stepId }) as const;
    const items = [item('a', '1'), item('b', '1'), item('a', '2')];
    expect(groupByAccount(items).map(([id, list]) => [id, list.map((i) => i.key)])).toEqual([
      ['a', ['a:1', 'a:2']],
      ['b', ['b:1']],
    ]);
    expect(groupByAccount([])).toEqual([]);
  });
});
