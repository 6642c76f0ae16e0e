import type { ProgressIndex } from '../plan/progress';
import type { Assessment } from '../plan/records';
import type { Edge, Via } from './reach';

/**
 * The playbook steps that, once done, should close a way in: when one is marked done after the
 * answers were saved, the answers may be out of date. Lockstep asks the person to update them
 * instead of guessing (the answers stay the one source of truth).
 */
export const CLOSED_BY: Partial<Record<Via, readonly string[]>> = {
  'knows-password': ['new_password'],
  'security-questions': ['new_password', 'recovery_info'],
  'recovery-email': ['recovery_info'],
  'recovery-phone': ['recovery_info'],
  'reaches-recovery-email': ['recovery_info'],
  'unknown-device': ['sign_out_sessions', 'remove_trusted_devices'],
  'holds-passkey': ['second_step_methods', 'turn_on_mfa', 'remove_trusted_devices'],
  'signed-in-on': ['sign_out_sessions', 'remove_trusted_devices'],
};

/** The step ids done since the answers were saved that may have closed an edge into `accountId`. */
export function stepsDoneSinceAnswers(
  accountId: string,
  ways: readonly (readonly Edge[])[],
  assessment: Assessment | undefined,
  progress: ProgressIndex,
): string[] {
  if (!assessment) return [];
  const target = `a:${accountId}`;
  const decided = progress.get(accountId);
  const ids = ways
    .flat()
    .filter((e) => e.to === target)
    .flatMap((e) => CLOSED_BY[e.via] ?? []);
  return [...new Set(ids)].filter((id) => {
    const p = decided?.get(id);
    return p?.status === 'done' && p.at > assessment.updatedAt;
  });
}
