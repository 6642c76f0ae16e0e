import type { ProgressIndex } from '../plan/progress';
import type { Assessment } from '../plan/records';
import type { Edge } from './reach';
import { CLOSED_BY } from './stale';

/**
 * The ways in that "may be closed — confirm" (issue 35), pure: an edge into an account whose
 * closing step (stale.ts's table, the same one the reach summary asks from) was marked done
 * after the answers were saved. The answers stay the one source of truth: the edge stays until
 * the answer changes; it is only marked.
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
