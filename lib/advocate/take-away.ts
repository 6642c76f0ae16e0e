import { stepsFor } from '../plan/playbook';
import { indexProgress } from '../plan/progress';
import { valuesOf } from '../plan/records';
import type { Account } from '../plan/types';
import type { PlanData } from '../storage/plan-storage';
import type { AccountKind } from '../plan/kinds';

/** What the printed take-away says about one account. Step ids only: the page words them. */
export interface TakeAwayAccount {
  readonly id: string;
  /** Null when names are left out: the page shows the kind only. */
  readonly name: string | null;
  readonly site: string | null;
  readonly kind: AccountKind;
  /** Steps done, with when (from the step history, else the step's own mark). */
  readonly done: readonly { readonly stepId: string; readonly at: number }[];
  /** The first step still to do, if any. */
  readonly next: string | null;
  /**
   * What to watch for: the steps the other person may notice that were put off (skipped, or
   * every step not done on an account left for later). Not every open step: that list would
   * be the whole playbook again.
   */
  readonly watch: readonly string[];
}

export interface TakeAwayOptions {
  /** Leave out account and site names (kinds only), for a paper that may be found. */
  readonly leaveOutNames: boolean;
}

/** The take-away plan, in plan order. Advocate notes are never part of it. */
export function buildTakeAway(data: PlanData, options: TakeAwayOptions): TakeAwayAccount[] {
  const index = indexProgress(data.progress);
  const events = valuesOf(data.records, 'step-event');
  const later = new Set(
    valuesOf(data.records, 'decision')
      .filter((d) => d.choice === 'later')
      .map((d) => d.accountId),
  );
  const ordered: Account[] = [...data.accounts].sort((a, b) => a.position - b.position);
  return ordered.map((account) => {
    const marks = index.get(account.id);
    const steps = stepsFor(account.kind);
    const done = steps.flatMap((step) => {
      const mark = marks?.get(step.id);
      if (mark?.status !== 'done') return [];
      const last = events
        .filter((e) => e.accountId === account.id && e.stepId === step.id && e.status === 'done')
        .reduce((latest, e) => Math.max(latest, e.at), 0);
      return [{ stepId: step.id, at: last || mark.at }];
    });
    const open = steps.filter((step) => marks?.get(step.id) === undefined);
    return {
      id: account.id,
      name: options.leaveOutNames ? null : account.name,
      site: options.leaveOutNames || !account.site ? null : account.site,
      kind: account.kind,
      done,
      next: open[0]?.id ?? null,
      watch: steps
        .filter((step) => {
          if (!step.noticeable) return false;
          const status = marks?.get(step.id)?.status;
          return status === 'skipped' || (later.has(account.id) && status === undefined);
        })
        .map((step) => step.id),
    };
  });
}

/** The plan to hand over: the advocate's notes stay behind unless the advocate chooses them. */
export function handOverData(data: PlanData, withAdvocateNotes: boolean): PlanData {
  if (withAdvocateNotes) return data;
  return {
    ...data,
    records: data.records.filter((r) => !(r.type === 'note' && r.value.author === 'advocate')),
  };
}
