import { describe, expect, it } from 'vitest';
import type { MessageKey } from '@/lib/i18n';
import {
  FUTURE_LEEWAY_MS,
  isSaneDate,
  isScheduleDate,
  saneDateOr,
  UNKNOWN_DATE,
} from '@/lib/plan/dates';
import type { PlanData } from '@/lib/storage/plan-storage';
import { readRecord } from '@/lib/plan/read-records';
import { decodePlan } from '@/lib/storage/plan-codec';
import { readAccount, readProgress } from '@/lib/storage/validate';
import { exportPlan } from '@/lib/transfer/export-plan';
import { readPlanFile, type ImportResult } from '@/lib/transfer/import-plan';
import { mergePlans } from '@/lib/transfer/merge-plans';
import { problemText } from '@/lib/transfer/problem-text';
import { formatDate, formatDueDate } from '@/lib/ui/format';
import { makeAccount } from '../fixtures/accounts';
import { resolveEnglish } from '../fixtures/fake-i18n';

const NOW = Date.UTC(2026, 11, 2, 12);
const ABSURD = [9e15, 1e300, Number.MAX_VALUE, NOW + FUTURE_LEEWAY_MS + 1, -1];
const t = resolveEnglish as (key: MessageKey, substitutions?: string | string[]) => string;

const gmail = makeAccount({ id: 'g', name: 'Gmail', kind: 'primary-email', position: 0 });
const plan = (at: number, account = gmail): PlanData => ({
  accounts: [account],
  progress: [{ accountId: 'g', stepId: 'new_password', status: 'done', at }],
  records: [],
  localHelpLine: null,
});
const read = (text: string) => readPlanFile(text, text.length, undefined, NOW);
const words = (result: ImportResult) =>
  result.ok ? [] : result.problems.map((p) => problemText(p, t));

describe('the window of dates Lockstep believes', () => {
  it('runs from 1970-01-01 to a day after now', () => {
    expect(isSaneDate(0, NOW)).toBe(true);
    expect(isSaneDate(NOW, NOW)).toBe(true);
    expect(isSaneDate(NOW + FUTURE_LEEWAY_MS, NOW)).toBe(true);
    for (const time of [...ABSURD, Number.NaN, Infinity, '5', null])
      expect(isSaneDate(time, NOW), String(time)).toBe(false);
    expect(saneDateOr(9e15, NOW)).toBe(UNKNOWN_DATE);
  });

  it('formats any number without throwing; the impossible ones read "an unknown date"', () => {
    for (const time of [...ABSURD, Number.NaN, UNKNOWN_DATE])
      expect(formatDate(time, NOW), String(time)).toBe('an unknown date');
    expect(formatDate(Date.UTC(2026, 10, 25, 12), NOW)).toMatch(/2026/);
  });
});

describe('import refuses dates that cannot be right', () => {
  it.each([9e15, 1e300])(
    'a step dated %s: refused with a plain problem, nothing read',
    async (at) => {
      const result = await read(await exportPlan(plan(at)));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problems.map((p) => p.code)).toEqual(['date-out-of-range']);
      expect(words(result)).toEqual([
        'Step record 1: the date cannot be right (it is before 1970 or after tomorrow).',
      ]);
    },
  );

  it('an account changed in the year 285,000 is refused too, naming the account', async () => {
    const result = await read(await exportPlan(plan(10, { ...gmail, updatedAt: 9e15 })));
    expect(words(result)).toEqual([
      'Account 1 (“Gmail”): the date cannot be right (it is before 1970 or after tomorrow).',
    ]);
  });

  it('accepts the unknown date and dates up to a day ahead (a clock running fast), set back to now', async () => {
    for (const at of [UNKNOWN_DATE, NOW, NOW + FUTURE_LEEWAY_MS]) {
      const result = await read(await exportPlan(plan(at)));
      expect(result.ok && result.plan.progress[0]?.at, String(at)).toBe(Math.min(at, NOW));
    }
  });
});

describe('reading stored records keeps the decision, with an unknown date', () => {
  it.each([9e15, 1e300, -5, Number.NaN])('a step stored at %s', (at) => {
    expect(
      readProgress({ accountId: 'g', stepId: 'new_password', status: 'done', at }, NOW),
    ).toEqual({ accountId: 'g', stepId: 'new_password', status: 'done', at: UNKNOWN_DATE });
  });

  it('an account stored with absurd dates keeps everything else', () => {
    expect(readAccount({ ...gmail, createdAt: 1e300, updatedAt: 9e15 }, NOW)).toEqual({
      ...gmail,
      createdAt: UNKNOWN_DATE,
      updatedAt: UNKNOWN_DATE,
    });
    expect(readAccount({ ...gmail, updatedAt: 'soon' }, NOW)).toBeNull();
  });

  it('a sealed plan with such dates decodes whole, nothing skipped', () => {
    const { data, skipped } = decodePlan(
      JSON.stringify(plan(9e15, { ...gmail, updatedAt: 1e300 })),
      readRecord,
    );
    expect(skipped).toBe(0);
    expect(data.progress).toEqual([plan(UNKNOWN_DATE).progress[0]]);
    expect(data.accounts[0]?.updatedAt).toBe(UNKNOWN_DATE);
  });
});

describe('merge never lets an absurd date win', () => {
  it('a step dated 1e300 or 9e15 loses to a real decision, either side', () => {
    const here = plan(NOW - 1000);
    for (const absurd of [1e300, 9e15]) {
      const incoming: PlanData = {
        ...plan(absurd),
        progress: [{ accountId: 'g', stepId: 'new_password', status: 'skipped', at: absurd }],
      };
      expect(mergePlans(here, incoming, NOW).progress).toEqual(here.progress);
      // The absurd record here is read as unknown; the file's real decision wins.
      const merged = mergePlans(incoming, here, NOW);
      expect(merged.progress).toEqual(here.progress);
    }
  });

  it('an account changed "in 1e300" does not overwrite a real later rename', () => {
    const here = plan(10, { ...gmail, name: 'Gmail (mine)', updatedAt: NOW - 1 });
    const incoming = plan(10, { ...gmail, name: 'Taken over', updatedAt: 1e300 });
    const merged = mergePlans(here, incoming, NOW);
    expect(merged.accounts.map((a) => [a.name, a.updatedAt])).toEqual([['Gmail (mine)', NOW - 1]]);
    expect(merged.progress.every((p) => isSaneDate(p.at, NOW))).toBe(true);
  });
});

describe('dates ahead: schedules may lie in the future, things that happened may not', () => {
  const NOW = Date.UTC(2026, 10, 24, 12);
  const DAY = 24 * 60 * 60 * 1000;
  it('shows a check-up due a month or three ahead, and refuses what cannot be right', () => {
    for (const ahead of [DAY * 14, DAY * 31, DAY * 92]) {
      expect(isScheduleDate(NOW + ahead, NOW)).toBe(true);
      expect(formatDueDate(NOW + ahead, NOW)).not.toBe('an unknown date');
    }
    for (const bad of [9e15, 1e300, -1, 0, Number.NaN])
      expect(formatDueDate(bad, NOW)).toBe('an unknown date');
  });
  it('still reads a step marked in the future as an unknown date', () => {
    expect(formatDate(NOW + DAY * 31, NOW)).toBe('an unknown date');
    expect(formatDate(NOW - DAY, NOW)).not.toBe('an unknown date');
  });
});
