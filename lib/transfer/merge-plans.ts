import { saneDateOr } from '../plan/dates';
import { recommendedOrder, sortByPosition } from '../plan/order';
import { isStepOfKind } from '../plan/playbook';
import { recordTime, renameAccounts } from '../plan/record-links';
import { recordKey, type PlanRecord } from '../plan/records';
import type { Account, StepProgress } from '../plan/types';
import type { PlanData } from '../storage/plan-storage';

/** Kind, name and site, ignoring case and spaces around: how a person tells accounts apart. */
const identity = (a: Account) =>
  [a.kind, a.name.trim().toLowerCase(), a.site.trim().toLowerCase()].join('\u0000');

/**
 * Pairs each imported account with the account it is in this plan, if any: the same id first
 * (an earlier export of this plan), then the same kind, name and site (the same account added on
 * two devices). Each account here is paired at most once. Returns imported id → id here.
 */
function pairAccounts(current: readonly Account[], incoming: readonly Account[]) {
  const ids = new Set(current.map((a) => a.id));
  const pairs = new Map<string, string>();
  for (const account of incoming) if (ids.has(account.id)) pairs.set(account.id, account.id);
  const claimed = new Set(pairs.values());
  const free = new Map<string, string>();
  for (const account of current)
    if (!claimed.has(account.id) && !free.has(identity(account)))
      free.set(identity(account), account.id);
  for (const account of incoming) {
    if (pairs.has(account.id)) continue;
    const match = free.get(identity(account));
    if (match === undefined) continue;
    pairs.set(account.id, match);
    free.delete(identity(account));
  }
  return pairs;
}

/**
 * Merges an imported plan into this one, without losing anything either side meant to keep.
 *
 * - Accounts are paired as `pairAccounts` says. Of a pair, the one changed more recently gives
 *   the name, site and kind (a tie keeps this plan's); the account keeps its id and place here.
 * - Accounts only in the file come after this plan's, in the recommended order.
 * - For each step of each account the later decision wins (a tie keeps this plan's). Decisions
 *   about steps the merged account's kind does not have (its kind changed on one side) are
 *   dropped, from either side, so the result is always a valid plan.
 * - Other records (lib/plan/records.ts) follow their accounts' pairing; of two with the same
 *   identity, the one changed later wins (a tie keeps this plan's); step history from both
 *   sides is kept; a record whose account is not in the result is dropped.
 * - This plan's local help line is kept; the file's is used only if there is none here.
 * - A date that cannot be right (lib/plan/dates.ts: 1e300, 9e15) counts as unknown, the
 *   earliest: it never wins, and the merged record carries the unknown date instead.
 */
export function mergePlans(
  current: PlanData,
  incoming: PlanData,
  now: number = Date.now(),
): PlanData {
  return mergeSane(sanePlan(current, now), sanePlan(incoming, now));
}

/** The plan with every date that cannot be right replaced by the unknown date. */
function sanePlan(plan: PlanData, now: number): PlanData {
  const accounts = plan.accounts.map((a) => {
    const createdAt = saneDateOr(a.createdAt, now);
    const updatedAt = saneDateOr(a.updatedAt, now);
    return createdAt === a.createdAt && updatedAt === a.updatedAt
      ? a
      : { ...a, createdAt, updatedAt };
  });
  const progress = plan.progress.map((p) =>
    p.at === saneDateOr(p.at, now) ? p : { ...p, at: saneDateOr(p.at, now) },
  );
  return { ...plan, accounts, progress };
}

function mergeSane(current: PlanData, incoming: PlanData): PlanData {
  const pairs = pairAccounts(current.accounts, incoming.accounts);
  const byId = new Map(current.accounts.map((a) => [a.id, a]));
  const added: Account[] = [];
  for (const account of incoming.accounts) {
    const mine = byId.get(pairs.get(account.id) ?? '');
    if (!mine) added.push(account);
    else if (account.updatedAt > mine.updatedAt)
      byId.set(mine.id, { ...account, id: mine.id, position: mine.position });
  }
  const ordered = [...sortByPosition([...byId.values()]), ...recommendedOrder(added)];
  const accounts = ordered.map((account, position) =>
    account.position === position ? account : { ...account, position },
  );

  const kinds = new Map(accounts.map((a) => [a.id, a.kind]));
  const progress = new Map<string, StepProgress>();
  const mapped = incoming.progress.map((p) => ({
    ...p,
    accountId: pairs.get(p.accountId) ?? p.accountId,
  }));
  const valid = [...current.progress, ...mapped].filter((p) => {
    const kind = kinds.get(p.accountId);
    return kind !== undefined && isStepOfKind(kind, p.stepId);
  });
  for (const p of valid) {
    const key = `${p.accountId}\u0000${p.stepId}`;
    const existing = progress.get(key);
    if (!existing || p.at > existing.at) progress.set(key, p);
  }
  const kept = new Set(accounts.map((a) => a.id));
  const records = new Map<string, PlanRecord>();
  const renamed = incoming.records.map((r) => renameAccounts(r, (id) => pairs.get(id) ?? id));
  for (const record of [...current.records, ...renamed]) {
    if (record.accountId !== undefined && !kept.has(record.accountId)) continue;
    const key = recordKey(record);
    const existing = records.get(key);
    if (!existing || recordTime(record) > recordTime(existing)) records.set(key, record);
  }
  return {
    accounts,
    progress: [...progress.values()],
    records: [...records.values()],
    localHelpLine: current.localHelpLine ?? incoming.localHelpLine,
  };
}
