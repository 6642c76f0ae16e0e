import { useState } from 'preact/hooks';
import { handOverData } from '@/lib/advocate/take-away';
import { t } from '@/lib/i18n';
import { DEFAULT_PASSPHRASE, generatePassphrase } from '@/lib/passwords/passphrase';
import { exportPlan } from '@/lib/transfer/export-plan';
import { LanguageSpelled } from '../common/language-spelled';
import { usePlanStore } from '../common/store-context';
import { downloadSealed } from './download';

/** Seals the session's plan into a file the survivor imports on their own device. */
export function HandOver() {
  const store = usePlanStore();
  const [passphrase, setPassphrase] = useState('');
  const [withNotes, setWithNotes] = useState(false);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  const seal = async () => {
    if (busy || !passphrase) return;
    setBusy(true);
    try {
      const data = handOverData(store.planData(), withNotes);
      const text = await exportPlan(data, passphrase, Date.now(), store.settings.value.discreet);
      setSaved(downloadSealed(text));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="handover-title">
      <h2 id="handover-title">{t('session_handover_title')}</h2>
      <p>{t('session_handover_body')}</p>
      <button
        type="button"
        onClick={() => setPassphrase(generatePassphrase(DEFAULT_PASSPHRASE).text)}
      >
        {passphrase ? t('session_handover_new_words') : t('session_handover_make_words')}
      </button>
      {passphrase && (
        <>
          <p>{t('session_handover_read_aloud')}</p>
          <p class="session-passphrase" data-testid="handover-passphrase" lang="en">
            {passphrase}
          </p>
          <LanguageSpelled words={passphrase} />
          <label class="check">
            <input
              type="checkbox"
              autocomplete="off"
              checked={withNotes}
              onChange={(e) => setWithNotes(e.currentTarget.checked)}
            />{' '}
            {t('session_handover_with_notes')}
          </label>
          <p>
            <button type="button" disabled={busy} onClick={() => void seal()}>
              {t('session_handover_save')}
            </button>
          </p>
        </>
      )}
      {saved && (
        <div role="status">
          <p>{t('session_handover_saved', saved)}</p>
          <p>{t('session_handover_downloads')}</p>
        </div>
      )}
    </section>
  );
}
