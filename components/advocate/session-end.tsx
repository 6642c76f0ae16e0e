import { useEffect, useRef, useState } from 'preact/hooks';
import {
  keepSessionWork,
  keptPlan,
  readSavedPlan,
  type SessionEnding,
} from '@/lib/advocate/session-end';
import { t, type MessageKey } from '@/lib/i18n';
import { routeHash } from '@/lib/state/route';
import { LockedError, type PlanData, type PlanStorage } from '@/lib/storage/plan-storage';
import { endSession, openSavedPlan, type SessionArea } from '@/lib/storage/session-storage';
import { usePlanStore } from '../common/store-context';
import { PlanPreview } from '../transfer/plan-preview';
import { postSessionMessage } from './session-channel';
import { SessionEndPassphrase } from './session-end-passphrase';
import { ENDING_STATE } from './session-end-outcome';

type Step = 'closed' | 'choose' | 'passphrase' | 'preview' | 'discard';
type Preview = { readonly before: PlanData; readonly after: PlanData };

/**
 * Ends the session. First the person chooses: keep its work in the saved plan (after seeing
 * what that changes, and the saved plan's passphrase if it is locked) or discard it. The page
 * the session ends on says which happened (session-end-outcome.tsx).
 */
export function SessionEnd({ area }: { area: SessionArea | null }) {
  const store = usePlanStore();
  const [step, setStep] = useState<Step>('closed');
  const [withNotes, setWithNotes] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const saved = useRef<PlanStorage | null>(null);
  const box = useRef<HTMLElement>(null);

  // The control that had focus is gone: keep the keyboard on the step now shown.
  useEffect(() => {
    if (step !== 'closed') box.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, [step]);

  const go = (next: Step) => {
    setProblem(null);
    setStep(next);
  };

  const finish = async (ending: SessionEnding) => {
    if (!area) return;
    saved.current?.close();
    await endSession(area);
    postSessionMessage('ended');
    history.replaceState({ [ENDING_STATE]: ending }, '', routeHash({ name: 'session' }));
    location.reload();
  };

  /** Runs one step; anything that fails says so and changes nothing more. */
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
    setPreview({ before, after: keptPlan(before, store.planData(), withNotes) });
    go('preview');
  };

  // Where the browser refuses IndexedDB (a private window) there is no saved plan to keep into.
  // A locked plan is only known to be locked once read: LockedError asks for its passphrase.
  const openSaved = () =>
    run(async () => {
      saved.current ??= await openSavedPlan();
      try {
        await showPreview(saved.current);
      } catch (error) {
        if (!(error instanceof LockedError)) throw error;
        go('passphrase');
      }
    }, 'session_end_no_saved');

  const keep = () =>
    run(async () => {
      if (!saved.current) return;
      await keepSessionWork(saved.current, store.planData(), withNotes);
      await finish('kept');
    });

  const back = (
    <button type="button" onClick={() => go('choose')}>
      {t('session_end_back')}
    </button>
  );

  return (
    <section aria-labelledby="end-title" ref={box}>
      <h2 id="end-title">{t('session_end_title')}</h2>
      <p>{t('session_end_body')}</p>
      {step === 'closed' && (
        <button type="button" onClick={() => go('choose')}>
          {t('session_end_button')}
        </button>
      )}
      {step === 'choose' && (
        <div class="stack" role="group" aria-label={t('session_end_title')}>
          <p>{t('session_end_choose')}</p>
          <p>{t('session_end_keep_note')}</p>
          <label class="check">
            <input
              type="checkbox"
              autocomplete="off"
              checked={withNotes}
              onChange={(e) => setWithNotes(e.currentTarget.checked)}
            />{' '}
            {t('session_end_with_notes')}
          </label>
          <div class="actions">
            <button type="button" disabled={busy} onClick={() => void openSaved()}>
              {t('session_end_keep')}
            </button>
            <button type="button" onClick={() => go('discard')}>
              {t('session_end_discard')}
            </button>
            <button type="button" onClick={() => go('closed')}>
              {t('session_end_cancel')}
            </button>
          </div>
        </div>
      )}
      {step === 'passphrase' && saved.current && (
        <SessionEndPassphrase
          saved={saved.current}
          onOpen={(opened) => void run(() => showPreview(opened))}
          back={back}
        />
      )}
      {step === 'preview' && preview && (
        <div class="stack">
          <PlanPreview
            before={preview.before}
            after={preview.after}
            id="session-end-preview"
            level={3}
          />
          <div class="actions">
            <button type="button" class="primary" disabled={busy} onClick={() => void keep()}>
              {t('session_end_keep_yes')}
            </button>
            {back}
          </div>
        </div>
      )}
      {step === 'discard' && (
        <div class="stack" role="group" aria-label={t('session_end_discard')}>
          <p>{t('session_end_discard_confirm')}</p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              disabled={busy}
              onClick={() => void run(() => finish('discarded'))}
            >
              {t('session_end_discard_yes')}
            </button>
            {back}
          </div>
        </div>
      )}
      {problem && <p role="alert">{t(problem)}</p>}
    </section>
  );
}
