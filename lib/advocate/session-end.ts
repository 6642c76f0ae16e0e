import { toRecord, type Answer, type PlanRecord } from '../plan/records';
import type { PlanData, PlanStorage } from '../storage/plan-storage';
import { mergePlans } from '../transfer/merge-plans';
import { INTAKE_QUESTIONS, type Intake, type IntakeQuestion } from './intake';
import { handOverData } from './take-away';

/**
 * The end of an advocate session: its work kept in the saved plan, or discarded. Keeping is the
 * import's merge (lib/transfer/merge-plans.ts): accounts added, the later of each step's marks,
 * the later site, kind and decision; nothing of the saved plan is taken out. The intake's answers
 * are not part of the session's plan: they come only when the person chooses them, as a note of
 * their own (intakeNote); so do the advocate's notes.
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

/**
 * The intake's answers as one note of the person's own, for when they choose to keep them:
 * one line per question answered, in the words `line` gives. Null when nothing was answered.
 */
export function intakeNote(
  intake: Intake,
  line: (question: IntakeQuestion, answer: Answer) => string,
  id: string,
  now: number,
): PlanRecord | null {
  const lines = INTAKE_QUESTIONS.flatMap((question) => {
    const answer = intake[question];
    return answer ? [line(question, answer)] : [];
  });
  if (lines.length === 0) return null;
  return toRecord('note', { id, author: 'person', text: lines.join('\n'), at: now });
}

/** The session's plan with one more record (the intake's note), if there is one. */
export const withRecord = (data: PlanData, record: PlanRecord | null): PlanData =>
  record ? { ...data, records: [...data.records, record] } : data;
