import type { ProgressIndex } from '../plan/progress';
import type { Assessment } from '../plan/records';
import type { Edge, Via } from './reach';

/**
 * The playbook steps that, once done, should close a way in: when one is marked done after the
 * answers were saved, the answers may be out of date. Lockstep asks the person to confirm them
 * instead of guessing (the answers stay the one source of truth).
 */
export const CLOSED_BY: Partial<Record<Via, readonly string[]>> = {
  'knows-password': ['new_password'],
  'security-questions': ['new_password', 'recovery_info'],
  // A bank has no recovery_info step: its contact details step is where the email and phone
  // that get its codes and letters change (lib/plan/playbook-recovery-kinds.ts).
  'recovery-email': ['recovery_info', 'bank_contact_details'],
  'recovery-phone': ['recovery_info', 'bank_contact_details'],
  'reaches-recovery-email': ['recovery_info', 'bank_contact_details'],
  'unknown-device': ['sign_out_sessions', 'remove_trusted_devices'],
  'holds-passkey': ['second_step_methods', 'turn_on_mfa', 'remove_trusted_devices'],
  'signed-in-on': ['sign_out_sessions', 'remove_trusted_devices'],
};

/**
 * The ways in that "may be closed — confirm" (issue 35), pure: an edge into an account whose
 * closing step (CLOSED_BY) was marked done after the answers were saved. The map and the
 * account page both ask this one function. The edge stays until the answer changes; it is only
 * marked.
 */
export const edgeKey = (e: { from: string; via: string; to: string }): string =>
  `${e.from} ${e.via} ${e.to}`;

export function edgesThatMayBeClosed(
  edges: readonly Edge[],
  assessments: readonly Assessment[],
  progress: ProgressIndex,
): Set<string> {
  const answeredAt = new Map(assessments.map((a) => [a.accountId, a.updatedAt]));
  const marked = new Set<string>();
  for (const edge of edges) {
    if (!edge.to.startsWith('a:')) continue;
    const id = edge.to.slice(2);
    const at = answeredAt.get(id);
    if (at === undefined) continue;
    const done = progress.get(id);
    const closedBy = CLOSED_BY[edge.via] ?? [];
    if (
      closedBy.some((step) => {
        const p = done?.get(step);
        return p?.status === 'done' && p.at > at;
      })
    )
      marked.add(edgeKey(edge));
  }
  return marked;
}

/** The ways into one account that may be closed, in graph order: what its page lists. */
export function mayBeClosedInto(
  accountId: string,
  edges: readonly Edge[],
  assessments: readonly Assessment[],
  progress: ProgressIndex,
): Edge[] {
  const marked = edgesThatMayBeClosed(edges, assessments, progress);
  const target = `a:${accountId}`;
  return edges.filter((e) => e.to === target && marked.has(edgeKey(e)));
}
