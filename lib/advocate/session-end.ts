import type { PlanData, PlanStorage } from '../storage/plan-storage';
import { mergePlans } from '../transfer/merge-plans';
import { handOverData } from './take-away';

/**
 * The end of an advocate session: its work kept in the saved plan, or discarded. Keeping is the
 * import's merge (lib/transfer/merge-plans.ts): accounts added, the later of each step's marks,
 * the later site, kind and decision; nothing of the saved plan is taken out. The intake's answers
 * are not part of the session's plan and never come along; the advocate's notes come only when
 * the person chooses them.
 */

/** How a session ended, said once on the page it ends on. */
export type SessionEnding = 'kept' | 'discarded';

/** The saved plan as its own storage reads it (unlocked first when it is locked). */
export async function readSavedPlan(saved: PlanStorage): Promise<PlanData> {
  const snapshot = await saved.load();
  return {
    accounts: snapshot.accounts,
    progress: snapshot.progress,
    records: snapshot.records,
    localHelpLine: snapshot.settings.localHelpLine,
  };
}

/** What the saved plan becomes when the session's work is kept. */
export function keptPlan(
  saved: PlanData,
  session: PlanData,
  withAdvocateNotes: boolean,
  now: number = Date.now(),
): PlanData {
  return mergePlans(saved, handOverData(session, withAdvocateNotes), now);
}

/**
 * Keeps the session's work in the saved plan, in one transaction. The saved plan is read again
 * first, so the write merges into what is stored, not into what the preview showed.
 */
export async function keepSessionWork(
  saved: PlanStorage,
  session: PlanData,
  withAdvocateNotes: boolean,
  now: number = Date.now(),
): Promise<PlanData> {
  const next = keptPlan(await readSavedPlan(saved), session, withAdvocateNotes, now);
  await saved.replacePlan(next);
  return next;
}
