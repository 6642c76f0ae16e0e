import type { AccountKind } from './kinds';
import { kindRank } from './kinds';
import type { Account } from './types';

/** Accounts in plan order: by position, ties by creation time. */
export function sortByPosition(accounts: readonly Account[]): Account[] {
  return [...accounts].sort((a, b) => a.position - b.position || a.createdAt - b.createdAt);
}

/** The recommended order: what recovers what (primary email first…), then oldest first. */
export function recommendedOrder(accounts: readonly Account[]): Account[] {
  return [...accounts].sort(
    (a, b) => kindRank(a.kind) - kindRank(b.kind) || a.createdAt - b.createdAt,
  );
}

/** Where a new account of this kind goes: after every account whose kind comes no later. */
export function insertionIndex(ordered: readonly Account[], kind: AccountKind): number {
  const rank = kindRank(kind);
  let index = 0;
  ordered.forEach((account, i) => {
    if (kindRank(account.kind) <= rank) index = i + 1;
  });
  return index;
}

/** Gives each account its index as position; returns only those whose position changed. */
export function renumber(ordered: readonly Account[], now: number): Account[] {
  return ordered.flatMap((account, position) =>
    account.position === position ? [] : [{ ...account, position, updatedAt: now }],
  );
}

/** The list with one account moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveBy(ordered: readonly Account[], id: string, delta: -1 | 1): Account[] {
  const from = ordered.findIndex((a) => a.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ordered.length) return [...ordered];
  const next = [...ordered];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}
