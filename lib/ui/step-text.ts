import { tDynamic } from '../i18n';
import type { StepSpec } from '../plan/playbook';

export interface StepText {
  readonly title: string;
  readonly why: string;
  readonly how: string;
}

/** A step's words from the i18n catalogue (`step_<id>_title`, `_why`, `_how`). */
export function stepText(step: StepSpec): StepText {
  return {
    title: tDynamic(`step_${step.id}_title`),
    why: tDynamic(`step_${step.id}_why`),
    how: tDynamic(`step_${step.id}_how`),
  };
}
