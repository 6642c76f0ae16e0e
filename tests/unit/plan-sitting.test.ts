import { describe, expect, it } from 'vitest';
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
