import { stepsFor } from '../plan/playbook';
import type { ProgressIndex } from '../plan/progress';
import type { Account } from '../plan/types';

/**
 * Whether a change that can lock the other person out is already done. Until one is, the plan
 * says before each such change that cutting off access can make them angry or more dangerous.
 * Source: techsafety.ca, Tech Safety Planning Checklist ("Making changes to any device ... may
 * alert the perpetrator ... and can trigger additional abuse"):
 * https://techsafety.ca/resources/toolkits/tech-safety-planning-checklist
 */
export function accessRemovedYet(accounts: readonly Account[], progress: ProgressIndex): boolean {
  return accounts.some((account) => {
    const marks = progress.get(account.id);
    return stepsFor(account.kind).some(
      (step) => step.effects.includes('removes-access') && marks?.get(step.id)?.status === 'done',
    );
  });
}
