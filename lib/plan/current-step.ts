import { sittingStarted } from './sitting';
import type { StepSpec } from './step-spec';
import type { StepProgress } from './types';

/**
 * The step an account page works on, open whole (issue 31: one step at a time). Inside a started
 * sitting, its first step still open, so the sitting goes on where it stopped; else the plan's
 * next step for the account; else (an account set aside has none) its first step still to do.
 */
export function currentStepId(
  steps: readonly StepSpec[],
  decided: ReadonlyMap<string, StepProgress> | undefined,
  nextId: string | undefined,
): string | undefined {
  const open = (s: StepSpec) => !decided?.has(s.id);
  const inSitting = sittingStarted(steps, decided) && steps.find((s) => s.sitting && open(s));
  return inSitting ? inSitting.id : (nextId ?? steps.find(open)?.id);
}
