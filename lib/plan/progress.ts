import type { AccountChoices } from './account-choices';
import { stepsForAccount } from './account-steps';
import type { StepSpec } from './playbook';
import { withMergedMarks } from './playbook-merged-steps';
import type { Account, StepProgress, StepStatus } from './types';

/** Step decisions keyed by account, then step id. */
export type ProgressIndex = ReadonlyMap<string, ReadonlyMap<string, StepProgress>>;

/** Marks by account and step, with merged steps' marks read from their old ids. */
export function indexProgress(progress: readonly StepProgress[]): ProgressIndex {
  const index = new Map<string, Map<string, StepProgress>>();
  for (const p of withMergedMarks(progress)) {
    let steps = index.get(p.accountId);
    if (!steps) index.set(p.accountId, (steps = new Map()));
    steps.set(p.stepId, p);
  }
  return index;
}

export interface Progress {
  /** Steps done or not applicable. Skipped steps stay open: they are not done. */
  readonly finished: number;
  readonly skipped: number;
  readonly total: number;
}

const finishes = (status: StepStatus | undefined) => status === 'done' || status === 'na';

/** Each account's choices (whose phone plan…), which decide the steps it shows. */
export type ChoicesIndex = ReadonlyMap<string, AccountChoices>;

/** How far along one account is, over the steps it shows (its vendor, its carrier branch). */
export function accountProgress(
  account: Account,
  index: ProgressIndex,
  choices?: ChoicesIndex,
): Progress {
  const steps = stepsForAccount(account, choices?.get(account.id));
  const decided = index.get(account.id);
  let finished = 0;
  let skipped = 0;
  for (const step of steps) {
    const status = decided?.get(step.id)?.status;
    if (finishes(status)) finished++;
    else if (status === 'skipped') skipped++;
  }
  return { finished, skipped, total: steps.length };
}

/** How far along the whole plan is. */
export function overallProgress(
  accounts: readonly Account[],
  index: ProgressIndex,
  choices?: ChoicesIndex,
): Progress {
  return accounts.reduce<Progress>(
    (sum, account) => {
      const p = accountProgress(account, index, choices);
      return {
        finished: sum.finished + p.finished,
        skipped: sum.skipped + p.skipped,
        total: sum.total + p.total,
      };
    },
    { finished: 0, skipped: 0, total: 0 },
  );
}

/** A percentage for display, rounded down so 100 % means everything is finished. */
export function percent({ finished, total }: Progress): number {
  return total === 0 ? 0 : Math.floor((finished / total) * 100);
}

export interface NextStep {
  readonly account: Account;
  readonly step: StepSpec;
  /** True when every remaining step was skipped: this is one to come back to. */
  readonly revisit: boolean;
}

/**
 * The first step still to do in plan order; if none, the first skipped one; else null.
 * Accounts in `setAside` (decided "later" or "leave it") keep their place but are never next.
 */
export function nextStep(
  ordered: readonly Account[],
  index: ProgressIndex,
  setAside: ReadonlySet<string> = new Set(),
  choices?: ChoicesIndex,
): NextStep | null {
  let firstSkipped: NextStep | null = null;
  for (const account of ordered) {
    if (setAside.has(account.id)) continue;
    const decided = index.get(account.id);
    for (const step of stepsForAccount(account, choices?.get(account.id))) {
      const status = decided?.get(step.id)?.status;
      if (status === undefined) return { account, step, revisit: false };
      if (status === 'skipped') firstSkipped ??= { account, step, revisit: true };
    }
  }
  return firstSkipped;
}

/** The first open step of one account (to do, else skipped), or null when all are finished. */
export function nextStepOf(
  account: Account,
  index: ProgressIndex,
  choices?: ChoicesIndex,
): NextStep | null {
  return nextStep([account], index, new Set(), choices);
}
