import { recommendedOrder, sortByPosition } from '../plan/order';
import type { Account, StepProgress } from '../plan/types';
import type { PlanData } from '../storage/plan-storage';

/**
 * Merges an imported plan into the current one. Accounts are the same account when they have
 * the same id (an earlier export of this plan, or the advocate's copy): the one changed more
 * recently wins. Accounts only in the file join the end of the plan in the recommended order.
 * For each step the later decision wins. The current local help line is kept if there is one.
 */
export function mergePlans(current: PlanData, incoming: PlanData): PlanData {
  const byId = new Map<string, Account>(current.accounts.map((a) => [a.id, a]));
  const added: Account[] = [];
  for (const account of incoming.accounts) {
    const mine = byId.get(account.id);
    if (!mine) added.push(account);
    else if (account.updatedAt > mine.updatedAt)
      byId.set(account.id, { ...account, position: mine.position });
  }
  const ordered = [...sortByPosition([...byId.values()]), ...recommendedOrder(added)];
  const accounts = ordered.map((account, position) =>
    account.position === position ? account : { ...account, position },
  );

  const ids = new Set(accounts.map((a) => a.id));
  const progress = new Map<string, StepProgress>();
  for (const p of [...current.progress, ...incoming.progress]) {
    if (!ids.has(p.accountId)) continue;
    const key = `${p.accountId}\u0000${p.stepId}`;
    const existing = progress.get(key);
    if (!existing || p.at > existing.at) progress.set(key, p);
  }
  return {
    accounts,
    progress: [...progress.values()],
    localHelpLine: current.localHelpLine ?? incoming.localHelpLine,
  };
}
