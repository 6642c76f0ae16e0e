import { describe, expect, it } from 'vitest';
import { readRecord } from '@/lib/plan/read-records';
import { toRecord } from '@/lib/plan/records';
import { toKept, type StartDraft } from '@/lib/start/answers';

const draft = (d: Partial<StartDraft>): StartDraft => ({
  worries: [],
  knows: [],
  keepPlanning: false,
  ...d,
});

describe('what the start keeps', () => {
  it('never keeps "planning to leave" unless the person ticks to keep it', () => {
    expect(toKept(draft({ living: 'planning' }), 5)).toEqual({
      worries: [],
      knows: [],
      updatedAt: 5,
    });
    expect(toKept(draft({ living: 'planning', keepPlanning: true }), 5).living).toBe('planning');
  });

  it('keeps the other answers in the order of the questions', () => {
    const kept = toKept(
      draft({ worries: ['money', 'location'], living: 'left', knows: ['passcode'] }),
      5,
    );
    expect(kept).toEqual({
      worries: ['location', 'money'],
      living: 'left',
      knows: ['passcode'],
      updatedAt: 5,
    });
  });

  it('has no place for "safe right now"', () => {
    const kept = toKept({ ...draft({}), safeNow: 'no' } as StartDraft, 5);
    expect(kept).not.toHaveProperty('safeNow');
  });
});

describe('start answers as a record of the plan', () => {
  const value = {
    worries: ['location'],
    living: 'left',
    knows: ['shows-up'],
    updatedAt: 5,
  } as const;

  it('reads back what was stored, as one record per plan', () => {
    const record = toRecord('start', value);
    expect(record).toEqual({ type: 'start', id: 'start', value });
    expect(readRecord(JSON.parse(JSON.stringify(record)), 10)).toEqual(record);
  });

  it.each([
    ['an unknown worry', { ...value, worries: ['weather'] }],
    ['an unknown living answer', { ...value, living: 'moved' }],
    ['no date', { worries: [], knows: [] }],
    ['a list too long', { ...value, knows: Array(50).fill('passcode') }],
  ])('refuses %s', (_, bad) => {
    expect(readRecord({ type: 'start', id: 'start', value: bad }, 10)).toBeNull();
  });

  it('drops fields it does not know, such as "safe right now"', () => {
    const read = readRecord({ type: 'start', id: 'start', value: { ...value, safeNow: 'no' } }, 10);
    expect(read?.value).toEqual(value);
  });
});
