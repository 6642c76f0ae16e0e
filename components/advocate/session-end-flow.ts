import { useState } from 'preact/hooks';
import {
  intakeNote,
  keepSessionWork,
  keptPlan,
  readSavedPlan,
  withRecord,
  type SessionEnding,
} from '@/lib/advocate/session-end';
import { t, tDynamic, type MessageKey } from '@/lib/i18n';
import type { Answer } from '@/lib/plan/records';
import type { PlanStore } from '@/lib/state/plan-store';
import { routeHash } from '@/lib/state/route';
import { withStartIf } from '@/lib/start/hand-over';
import { LockedError, type PlanData, type PlanStorage } from '@/lib/storage/plan-storage';
import {
  endSession,
  loadIntake,
  openSavedPlan,
  type SessionArea,
} from '@/lib/storage/session-storage';
import { postSessionMessage } from './session-channel';
import { ENDING_STATE } from './session-end-outcome';

export type Step = 'closed' | 'choose' | 'passphrase' | 'preview' | 'discard';
type Preview = { readonly before: PlanData; readonly after: PlanData; readonly work: PlanData };
/** What the person chose to bring along besides the plan. */
export type Also = { readonly notes: boolean; readonly intake: boolean };

const ANSWERS: Record<Answer, MessageKey> = {
  yes: 'look_answer_yes',
  no: 'look_answer_no',
  'not-sure': 'look_answer_not_sure',
};

/** The session's plan, with the intake's answers as a note (and the start's) if chosen. */
async function sessionWork(store: PlanStore, area: SessionArea, also: Also): Promise<PlanData> {
  const data = withStartIf(store.planData(), also.intake);
  if (!also.intake) return data;
  const line = (question: string, answer: Answer) =>
    `${tDynamic(`intake_q_${question.replaceAll('-', '_')}`)} ${t(ANSWERS[answer])}`;
  const note = intakeNote(await loadIntake(area), line, crypto.randomUUID(), Date.now());
  return withRecord(data, note);
}

/** Ends the session, then reloads onto the session page, which says how it ended. */
async function finish(area: SessionArea, saved: PlanStorage | null, ending: SessionEnding) {
  saved?.close();
  await endSession(area);
  postSessionMessage('ended');
  history.replaceState({ [ENDING_STATE]: ending }, '', routeHash({ name: 'session' }));
  location.reload();
}

/**
 * The steps of a session's end: choose, the saved plan's passphrase if it is locked, the
 * preview, keep or discard. Each step that fails says so and changes nothing more.
 */
export function useSessionEnd(store: PlanStore, area: SessionArea, also: Also) {
  const [step, setStep] = useState<Step>('closed');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [saved, setSaved] = useState<PlanStorage | null>(null);

  const go = (next: Step) => {
    setProblem(null);
    setStep(next);
  };
  const run = async (action: () => Promise<void>, failed: MessageKey = 'session_problem') => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch {
      setProblem(failed);
    } finally {
      setBusy(false);
    }
  };
  const showPreview = async (storage: PlanStorage) => {
    const before = await readSavedPlan(storage);
    const work = await sessionWork(store, area, also);
    setPreview({ before, after: keptPlan(before, work, also.notes), work });
    go('preview');
  };

  return {
    step,
    go,
    busy,
    problem,
    preview,
    saved,
    // Where the browser refuses IndexedDB (a private window) there is no saved plan to keep
    // into. A locked plan is only known to be locked once read: LockedError asks its passphrase.
    openSaved: () =>
      run(async () => {
        const storage = saved ?? (await openSavedPlan());
        setSaved(storage);
        try {
          await showPreview(storage);
        } catch (error) {
          if (!(error instanceof LockedError)) throw error;
          go('passphrase');
        }
      }, 'session_end_no_saved'),
    unlocked: (storage: PlanStorage) => run(() => showPreview(storage)),
    keep: () =>
      run(async () => {
        if (!saved || !preview) return;
        await keepSessionWork(saved, preview.work, also.notes);
        await finish(area, saved, 'kept');
      }),
    discard: () => run(() => finish(area, saved, 'discarded')),
  };
}
