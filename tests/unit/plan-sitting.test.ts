import { describe, expect, it } from 'vitest';
import { currentStepId } from '@/lib/plan/current-step';
import { stepsFor } from '@/lib/plan/playbook';
import { leastBeforeStop, sittingMinutes, sittingStarted } from '@/lib/plan/sitting';
import type { StepProgress } from '@/lib/plan/types';

const mark = (ids: string[]) =>
  new Map<string, StepProgress>(
    ids.map((stepId) => [stepId, { accountId: 'a', stepId, status: 'done', at: 1 }]),
  );

describe('the one sitting', () => {
  const steps = stepsFor('primary-email');
  const sitting = steps.filter((s) => s.sitting);

  it('has not started until a sitting step is marked', () => {
    expect(sittingStarted(steps, undefined)).toBe(false);
    expect(sittingStarted(steps, mark(['document_first']))).toBe(false);
    expect(sittingStarted(steps, mark([sitting[0]!.id]))).toBe(true);
  });

  it('asks nothing before stopping when nothing changed, then the steps through recovery', () => {
    expect(leastBeforeStop(steps, mark(['document_first']))).toEqual([]);
    const lastRecovery = steps.findLastIndex((s) => s.sitting === 'recovery');
    const first = steps.indexOf(sitting[0]!);
    const least = leastBeforeStop(steps, mark([sitting[0]!.id]));
    expect(least[0]).toBe(first + 2);
    expect(least.at(-1)).toBe(lastRecovery + 1);
    expect(leastBeforeStop(steps, mark(sitting.map((s) => s.id)))).toEqual([]);
  });

  it('estimates the time from its own steps, 5 to 10 minutes each', () => {
    expect(sittingMinutes(steps)).toEqual({
      steps: sitting.length,
      low: sitting.length * 5,
      high: sitting.length * 10,
    });
  });
});

describe('the step an account page works on', () => {
  const steps = stepsFor('primary-email');
  const sitting = steps.filter((s) => s.sitting);
  const ids = steps.map((s) => s.id);

  it('is the plan’s next step before the sitting starts', () => {
    expect(currentStepId(steps, undefined, ids[0])).toBe(ids[0]);
    expect(currentStepId(steps, mark([ids[0]!]), ids[1])).toBe(ids[1]);
  });

  it('inside a started sitting, is its first open step, even with earlier steps to do', () => {
    expect(ids.indexOf(sitting[0]!.id)).toBeGreaterThan(0);
    expect(currentStepId(steps, mark([sitting[0]!.id]), ids[0])).toBe(sitting[1]!.id);
  });

  it('after the sitting, is the next step again', () => {
    const done = mark(sitting.map((s) => s.id));
    expect(currentStepId(steps, done, ids[0])).toBe(ids[0]);
  });

  it('with no next step (the account set aside), is its first step still to do', () => {
    expect(currentStepId(steps, mark([ids[0]!]), undefined)).toBe(ids[1]);
    expect(currentStepId(steps, mark(ids), undefined)).toBeUndefined();
  });
});
