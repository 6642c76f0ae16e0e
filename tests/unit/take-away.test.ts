import { describe, expect, it } from 'vitest';
import { buildTakeAway, handOverData } from '@/lib/advocate/take-away';
import { stepsFor } from '@/lib/plan/playbook';
import { toRecord } from '@/lib/plan/records';
import type { StepProgress } from '@/lib/plan/types';
import type { PlanData } from '@/lib/storage/plan-storage';
import { makeAccount } from '../fixtures/accounts';

const mail = makeAccount({ name: 'Gmail', site: 'gmail.com', kind: 'primary-email', position: 2 });
const bank = makeAccount({ name: 'Bank', kind: 'banking', position: 1 });
const steps = stepsFor('primary-email');
const quiet = steps.find((s) => !s.noticeable)!;
const [loud, louder] = steps.filter((s) => s.noticeable);

const mark = (accountId: string, stepId: string, status: StepProgress['status'], at = 5) => ({
  accountId,
  stepId,
  status,
  at,
});

function plan(overrides: Partial<PlanData> = {}): PlanData {
  return {
    accounts: [mail, bank],
    progress: [mark(mail.id, quiet.id, 'done', 10), mark(mail.id, loud!.id, 'skipped')],
    records: [
      toRecord('step-event', {
        id: 'e1',
        accountId: mail.id,
        stepId: quiet.id,
        status: 'done',
        at: 42,
      }),
      toRecord('note', { id: 'n1', author: 'advocate', text: 'Seen in court', at: 1 }),
      toRecord('note', { id: 'n2', author: 'person', text: 'Mine', at: 1 }),
    ],
    localHelpLine: null,
    ...overrides,
  };
}

describe('the take-away', () => {
  it('is in plan order, with what was done and when (from the step history)', () => {
    const [first, second] = buildTakeAway(plan(), { leaveOutNames: false });
    expect(first?.name).toBe('Bank');
    expect(second?.name).toBe('Gmail');
    expect(second?.site).toBe('gmail.com');
    expect(second?.done).toEqual([{ stepId: quiet.id, at: 42 }]);
  });

  it('leaves out names and sites when asked, keeping the kind', () => {
    const away = buildTakeAway(plan(), { leaveOutNames: true });
    expect(away.map((a) => [a.name, a.site, a.kind])).toEqual([
      [null, null, 'banking'],
      [null, null, 'primary-email'],
    ]);
  });

  it('watches for noticeable steps put off, not every open step', () => {
    const away = buildTakeAway(plan(), { leaveOutNames: false });
    expect(away[1]?.watch).toEqual([loud!.id]);
    expect(away[0]?.watch).toEqual([]);
    expect(away[1]?.next).not.toBe(quiet.id);
  });

  it('watches for every noticeable open step of an account left for later', () => {
    const records = [
      toRecord('decision', { accountId: mail.id, choice: 'later', note: '', at: 1 }),
    ];
    const away = buildTakeAway(plan({ records }), { leaveOutNames: false });
    expect(away[1]?.watch).toContain(louder!.id);
    expect(away[1]?.watch).not.toContain(quiet.id);
  });
});

describe('the hand-over', () => {
  it("leaves the advocate's notes behind unless chosen", () => {
    const ids = (data: PlanData) => data.records.map((r) => r.id);
    expect(ids(handOverData(plan(), false))).not.toContain('n1');
    expect(ids(handOverData(plan(), false))).toContain('n2');
    expect(ids(handOverData(plan(), true))).toContain('n1');
  });
});
