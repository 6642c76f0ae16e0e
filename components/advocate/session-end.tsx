import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { SessionArea } from '@/lib/storage/session-storage';
import { usePlanStore } from '../common/store-context';
import { PlanPreview } from '../transfer/plan-preview';
import { SessionEndChoice, SessionEndConfirm } from './session-end-choice';
import { useSessionEnd } from './session-end-flow';
import { SessionEndPassphrase } from './session-end-passphrase';

/**
 * Ends the session. First the person chooses: keep its work in the saved plan (after seeing
 * what that changes, and the saved plan's passphrase if it is locked) or discard it. The page
 * the session ends on says which happened (session-end-outcome.tsx).
 */
export function SessionEnd({ area }: { area: SessionArea }) {
  const store = usePlanStore();
  const [notes, setNotes] = useState(false);
  const [intake, setIntake] = useState(false);
  const flow = useSessionEnd(store, area, { notes, intake });
  const { step, go, busy, preview, saved } = flow;
  const box = useRef<HTMLElement>(null);

  // The control that had focus is gone: keep the keyboard on the step now shown.
  useEffect(() => {
    if (step !== 'closed') box.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, [step]);

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
        <SessionEndChoice
          withNotes={notes}
          setWithNotes={setNotes}
          withIntake={intake}
          setWithIntake={setIntake}
          busy={busy}
          onKeep={() => void flow.openSaved()}
          onDiscard={() => go('discard')}
          onCancel={() => go('closed')}
        />
      )}
      {step === 'passphrase' && saved && (
        <SessionEndPassphrase
          saved={saved}
          onOpen={(opened) => void flow.unlocked(opened)}
          back={back}
        />
      )}
      {step === 'preview' && preview && (
        <SessionEndConfirm
          label="session_end_keep_yes"
          danger={false}
          busy={busy}
          onConfirm={() => void flow.keep()}
          back={back}
        >
          <PlanPreview
            before={preview.before}
            after={preview.after}
            id="session-end-preview"
            level={3}
          />
        </SessionEndConfirm>
      )}
      {step === 'discard' && (
        <SessionEndConfirm
          label="session_end_discard_yes"
          danger
          busy={busy}
          onConfirm={() => void flow.discard()}
          back={back}
        >
          <p>{t('session_end_discard_confirm')}</p>
        </SessionEndConfirm>
      )}
      {flow.problem && <p role="alert">{t(flow.problem)}</p>}
    </section>
  );
}
