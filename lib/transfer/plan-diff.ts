import type { AccountKind } from '../plan/kinds';
import { valuesOf, type DecisionChoice, type PlanRecord, type RecordType } from '../plan/records';
import { recordKey } from '../plan/records';
import type { Account, LocalHelpLine, StepProgress, StepStatus } from '../plan/types';
import type { PlanData } from '../storage/plan-storage';

/**
 * What a change to the saved plan will do, before it is made: an import's merge or replace, or
 * keeping an advocate session's work. Pure; the words are chosen by components/transfer.
 */
export type PlanChange =
  | { readonly type: 'help-line'; readonly from: LocalHelpLine | null; readonly to: LocalHelpLine }
  | {
      readonly type: 'account-added';
      readonly name: string;
      readonly site: string;
      readonly kind: AccountKind;
    }
  | { readonly type: 'account-removed'; readonly name: string }
  | { readonly type: 'name-changed'; readonly from: string; readonly to: string }
  | {
      readonly type: 'site-changed';
      readonly name: string;
      readonly from: string;
      readonly to: string;
    }
  | {
      readonly type: 'kind-changed';
      readonly name: string;
      readonly from: AccountKind;
      readonly to: AccountKind;
    }
  | { readonly type: 'decision'; readonly name: string; readonly choice: DecisionChoice }
  | {
      readonly type: 'step-marked';
      readonly name: string;
      readonly stepId: string;
      readonly status: StepStatus;
    }
  | { readonly type: 'step-cleared'; readonly name: string; readonly stepId: string }
  | { readonly type: 'records'; readonly recordType: RecordType; readonly count: number };

/** Record types counted as "other records" (decisions are named; step history follows marks). */
const COUNTED: readonly RecordType[] = [
  'assessment',
  'phone-line',
  'finding',
  'device-check',
  'note',
  'check-up',
  'device',
];

const sameHelpLine = (a: LocalHelpLine | null, b: LocalHelpLine | null) =>
  a?.name === b?.name && a?.phone === b?.phone;

const marksOf = (progress: readonly StepProgress[]) =>
  new Map(progress.map((p) => [`${p.accountId}\u0000${p.stepId}`, p]));

/** What changes about one account kept on both sides (same id). */
function accountChanges(was: Account, now: Account): PlanChange[] {
  const changes: PlanChange[] = [];
  if (was.name !== now.name) changes.push({ type: 'name-changed', from: was.name, to: now.name });
  if (was.site !== now.site)
    changes.push({ type: 'site-changed', name: now.name, from: was.site, to: now.site });
  if (was.kind !== now.kind)
    changes.push({ type: 'kind-changed', name: now.name, from: was.kind, to: now.kind });
  return changes;
}

/** Step marks that are new, changed or gone, for the accounts of `after`. */
function stepChanges(before: PlanData, after: PlanData, names: Map<string, string>): PlanChange[] {
  const was = marksOf(before.progress);
  const now = marksOf(after.progress);
  const changes: PlanChange[] = [];
  for (const [key, mark] of now) {
    const name = names.get(mark.accountId);
    if (name !== undefined && was.get(key)?.status !== mark.status)
      changes.push({ type: 'step-marked', name, stepId: mark.stepId, status: mark.status });
  }
  for (const [key, mark] of was) {
    const name = names.get(mark.accountId);
    if (name !== undefined && !now.has(key))
      changes.push({ type: 'step-cleared', name, stepId: mark.stepId });
  }
  return changes;
}

/** Decisions that are new or changed. */
function decisionChanges(before: PlanData, after: PlanData, names: Map<string, string>) {
  const was = new Map(valuesOf(before.records, 'decision').map((d) => [d.accountId, d.choice]));
  return valuesOf(after.records, 'decision').flatMap((d): PlanChange[] => {
    const name = names.get(d.accountId);
    return name !== undefined && was.get(d.accountId) !== d.choice
      ? [{ type: 'decision', name, choice: d.choice }]
      : [];
  });
}

/** How many other records are new or changed, by type. */
function recordCounts(before: PlanData, after: PlanData): PlanChange[] {
  const was = new Map(before.records.map((r) => [recordKey(r), JSON.stringify(r.value)]));
  const changed = (r: PlanRecord) => was.get(recordKey(r)) !== JSON.stringify(r.value);
  return COUNTED.flatMap((recordType): PlanChange[] => {
    const count = after.records.filter((r) => r.type === recordType && changed(r)).length;
    return count > 0 ? [{ type: 'records', recordType, count }] : [];
  });
}

/**
 * Every change from `before` to `after`, in the order to read them: a new help line first, then
 * each account of `after` in plan order (added; its name, site or kind changed), then accounts
 * removed, decisions, step marks, and counts of other records. Accounts are the same account
 * when they have the same id (a merge keeps this plan's ids). A mark whose date alone changed
 * is no change.
 */
export function diffPlans(before: PlanData, after: PlanData): PlanChange[] {
  const changes: PlanChange[] = [];
  if (after.localHelpLine && !sameHelpLine(before.localHelpLine, after.localHelpLine))
    changes.push({ type: 'help-line', from: before.localHelpLine, to: after.localHelpLine });
  const was = new Map(before.accounts.map((a) => [a.id, a]));
  const ordered = [...after.accounts].sort((a, b) => a.position - b.position);
  for (const account of ordered) {
    const old = was.get(account.id);
    if (old) changes.push(...accountChanges(old, account));
    else
      changes.push({
        type: 'account-added',
        name: account.name,
        site: account.site,
        kind: account.kind,
      });
  }
  const kept = new Set(after.accounts.map((a) => a.id));
  for (const account of before.accounts)
    if (!kept.has(account.id)) changes.push({ type: 'account-removed', name: account.name });
  const names = new Map(after.accounts.map((a) => [a.id, a.name]));
  changes.push(...decisionChanges(before, after, names));
  changes.push(...stepChanges(before, after, names));
  changes.push(...recordCounts(before, after));
  return changes;
}
