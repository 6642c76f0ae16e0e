import type { AccountKind } from './kinds';
import { EVERYDAY_KIND_STEPS } from './playbook-everyday-kinds';
import { LIFE_KIND_STEPS } from './playbook-life-kinds';
import { MERGED_INTO } from './playbook-merged-steps';
import { OTHER_KIND_STEPS } from './playbook-other-kinds';
import { RECOVERY_KIND_STEPS } from './playbook-recovery-kinds';
import type { StepSpec } from './step-spec';

// The step model (effects, the noticeable rule, the one sitting) lives in step-spec.ts, the
// steps several kinds share in shared-steps.ts, and each kind's list in playbook-*-kinds.ts.
export {
  isNoticeable,
  NOTICEABLE_EFFECTS,
  SITTING_ORDER,
  type SittingPart,
  type StepEffect,
  type StepSpec,
} from './step-spec';

/**
 * What to do for each kind of account, in order. A document step comes first, before anything
 * changes, and a check of what syncs passwords comes right before the sitting. Then the one
 * sitting: for email, remove forwarding and rules first; then new password, recovery details and
 * existing second-step methods, sign out everywhere, then the strongest two-step method. The
 * rest follows.
 */
export const PLAYBOOK: Readonly<Record<AccountKind, readonly StepSpec[]>> = {
  ...RECOVERY_KIND_STEPS,
  ...OTHER_KIND_STEPS,
  ...EVERYDAY_KIND_STEPS,
  ...LIFE_KIND_STEPS,
};

/**
 * Step ids no kind uses any more. Stored progress may still hold them, so they stay reserved:
 * never reuse one for a different step. Their marks count for the step that replaced them
 * (playbook-merged-steps.ts).
 */
export const RETIRED_STEP_IDS: readonly string[] = [...MERGED_INTO.keys()];

/** The steps for an account of this kind, in the order to do them. */
export function stepsFor(kind: AccountKind): readonly StepSpec[] {
  return PLAYBOOK[kind];
}

/** Whether a mark on this id belongs to this kind: one of its steps, or an id merged into one. */
export function isStepOfKind(kind: AccountKind, stepId: string): boolean {
  const id = MERGED_INTO.get(stepId) ?? stepId;
  return stepsFor(kind).some((s) => s.id === id);
}
