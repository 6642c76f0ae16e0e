import { describe, expect, it } from 'vitest';
import { stepsFor } from '@/lib/plan/playbook';
import {
  accountProgress,
  indexProgress,
  nextStep,
  overallProgress,
  percent,
} from '@/lib/plan/progress';
import type { StepProgress, StepStatus } from '@/lib/plan/types';
import { makeAccount } from '../fixtures/accounts';

const mark = (accountId: string, stepId: string, status: StepStatus): StepProgress => ({
  accountId,
  stepId,
  status,
  at: 1,
});

describe('progress', () => {
  const email = makeAccount({ kind: 'primary-email' });
  const bank = makeAccount({ kind: 'banking' });
  const emailSteps = stepsFor('primary-email');
  const bankSteps = stepsFor('banking');

  it('counts done and not-applicable steps as finished, skipped ones as still open', () => {
    const index = indexProgress([
      mark(email.id, emailSteps[0]!.id, 'done'),
      mark(email.id, emailSteps[1]!.id, 'skipped'),
    ]);
    expect(accountProgress(email, index)).toEqual({
      finished: 1,
      skipped: 1,
      total: emailSteps.length,
    });
    const all = indexProgress(emailSteps.map((s) => mark(email.id, s.id, 'na')));
    expect(percent(accountProgress(email, all))).toBe(100);
  });

  it('ignores decisions for steps the playbook no longer has', () => {
    const index = indexProgress([mark(email.id, 'retired_step', 'done')]);
    expect(accountProgress(email, index).finished).toBe(0);
  });

  it('adds every account into the overall figure and rounds the percentage down', () => {
    const index = indexProgress([mark(bank.id, bankSteps[0]!.id, 'done')]);
    const overall = overallProgress([email, bank], index);
    expect(overall.total).toBe(emailSteps.length + bankSteps.length);
    expect(overall.finished).toBe(1);
    expect(percent({ finished: 2, skipped: 0, total: 3 })).toBe(66);
    expect(percent({ finished: 0, skipped: 0, total: 0 })).toBe(0);
  });

  it('gives the first step still to do, in plan order', () => {
    const index = indexProgress([mark(email.id, emailSteps[0]!.id, 'done')]);
    const next = nextStep([email, bank], index);
    expect(next?.account.id).toBe(email.id);
    expect(next?.step.id).toBe(emailSteps[1]!.id);
    expect(next?.revisit).toBe(false);
  });

  it('moves to the next account once one is finished, and to skipped steps at the end', () => {
    const emailDone = emailSteps.map((s) => mark(email.id, s.id, 'done'));
    expect(nextStep([email, bank], indexProgress(emailDone))?.account.id).toBe(bank.id);

    const skippedOne = [
      ...emailDone.slice(1),
      mark(email.id, emailSteps[0]!.id, 'skipped'),
      ...bankSteps.map((s) => mark(bank.id, s.id, 'done')),
    ];
    const next = nextStep([email, bank], indexProgress(skippedOne));
    expect(next).toMatchObject({
      account: { id: email.id },
      step: { id: emailSteps[0]!.id },
      revisit: true,
    });
  });

  it('has no next step when everything is finished or the plan is empty', () => {
    const all = [...emailSteps.map((s) => mark(email.id, s.id, 'done'))];
    expect(nextStep([email], indexProgress(all))).toBeNull();
    expect(nextStep([], indexProgress([]))).toBeNull();
  });
});
