import type { StepSpec } from './step-spec';
import type { StepProgress } from './types';

/** Our own rough guess of one sitting step's time, in minutes (low, high). */
export const MINUTES_PER_SITTING_STEP = [5, 10] as const;

type Decided = ReadonlyMap<string, StepProgress> | undefined;

/** The index of the first step of the sitting, or -1 when the kind has none. */
export function firstSittingIndex(steps: readonly StepSpec[]): number {
  return steps.findIndex((s) => s.sitting);
}

/** The sitting has started once any of its steps is marked (done, not applicable or skipped). */
export function sittingStarted(steps: readonly StepSpec[], decided: Decided): boolean {
  return steps.some((s) => s.sitting && decided?.has(s.id));
}

/** About how long the sitting takes, in minutes: our guess per step times its steps. */
export function sittingMinutes(steps: readonly StepSpec[]): {
  readonly steps: number;
  readonly low: number;
  readonly high: number;
} {
  const count = steps.filter((s) => s.sitting).length;
  const [low, high] = MINUTES_PER_SITTING_STEP;
  return { steps: count, low: count * low, high: count * high };
}

/**
 * The least to finish before stopping a started sitting, as step numbers (1-based): the open
 * steps up to the last recovery step. A new password alone leaves the old recovery email or
 * phone able to take the account back. Empty when nothing has changed yet, or all is finished.
 */
export function leastBeforeStop(steps: readonly StepSpec[], decided: Decided): number[] {
  if (!sittingStarted(steps, decided)) return [];
  const lastRecovery = steps.findLastIndex((s) => s.sitting === 'recovery');
  const end = lastRecovery >= 0 ? lastRecovery : steps.findLastIndex((s) => s.sitting);
  return steps.flatMap((s, i) => (s.sitting && i <= end && !decided?.has(s.id) ? [i + 1] : []));
}
