import { devicesThatMayBeKnown } from '../device/device-record';
import { kindRank, type AccountKind } from '../plan/kinds';
import { insertionIndex } from '../plan/order';
import { valuesOf, type PlanRecord } from '../plan/records';
import type { Account } from '../plan/types';
import { forwardKinds, startFocus } from './priority';

/**
 * Where a new account goes once the start was answered (pure): a kind the answers bring forward
 * goes after the brought-forward accounts of its rank or earlier; any other kind goes after all
 * of them, then by kind among the rest. A new account has no answers yet, so nothing it must
 * follow. Without start answers or devices, the plan's own order by kind stands (lib/plan/order).
 */
export function startInsertionIndex(
  ordered: readonly Account[],
  kind: AccountKind,
  records: readonly PlanRecord[],
): number {
  const answers = valuesOf(records, 'start')[0] ?? null;
  const known = devicesThatMayBeKnown(records).length > 0;
  const forward = forwardKinds(
    startFocus({ answers, ...(known && { devicesMayBeKnown: true }) }),
    answers,
  );
  if (forward.length === 0) return insertionIndex(ordered, kind);
  const rankOf = (k: AccountKind) => forward.indexOf(k);
  const mine = rankOf(kind);
  let lastForward = -1;
  let index = -1;
  ordered.forEach((account, i) => {
    const rank = rankOf(account.kind);
    if (rank < 0) return;
    lastForward = i;
    if (mine >= 0 && rank <= mine) index = i;
  });
  if (mine >= 0) return index + 1;
  let at = lastForward + 1;
  ordered.forEach((account, i) => {
    if (i > lastForward && rankOf(account.kind) < 0 && kindRank(account.kind) <= kindRank(kind))
      at = i + 1;
  });
  return at;
}
