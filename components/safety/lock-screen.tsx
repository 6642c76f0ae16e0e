import { shellKey } from '@/lib/safety/discreet-words';
import { useState } from 'preact/hooks';
import { appName, t, type MessageKey } from '@/lib/i18n';
import { usePlanStore } from '../common/store-context';
import { LanguageChoice } from '../common/language-choice';
import { WipeSection } from './wipe-section';

type UnlockError = 'wrong' | 'changed' | 'damaged' | 'failed';
const UNLOCK_ERRORS: Readonly<Record<UnlockError, MessageKey>> = {
  wrong: 'lock_wrong',
  changed: 'lock_changed_data',
  damaged: 'lock_damaged',
  failed: 'lock_failed',
};

/**
 * Shown while the plan is sealed: nothing identifying, one passphrase field, and for a forgotten
 * passphrase the honest way out (erase everything).
 */
export function LockScreen({ compact = false }: { readonly compact?: boolean }) {
  const store = usePlanStore();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [forgot, setForgot] = useState(false);

  const unlock = async (event: Event) => {
    event.preventDefault();
    if (!passphrase) {
      setError(t('lock_empty'));
      return;
    }
    setBusy(true);
    setError('');
    const started = performance.now();
    const result = await store.unlock(passphrase);
    performance.measure('lockstep:unlock', { start: started }); // read by `npm run bench`
    setBusy(false);
    if (result === 'ok') return;
    setPassphrase('');
    setError(t(UNLOCK_ERRORS[result]));
  };

  return (
    <section class="lock-screen" aria-labelledby="lock-heading">
      <h1 id="lock-heading">{t('lock_title', appName(store.settings.value.discreet))}</h1>
      <p>{t('lock_body')}</p>
      <form onSubmit={(e) => void unlock(e)} class="stack" autocomplete="off">
        <label for="unlock-passphrase">{t('lock_passphrase')}</label>
        <input
          id="unlock-passphrase"
          type="password"
          autocomplete="off"
          value={passphrase}
          onInput={(e) => setPassphrase(e.currentTarget.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'unlock-error' : undefined}
          disabled={busy}
        />
        {error && (
          <p id="unlock-error" class="error" role="alert">
            {error}
          </p>
        )}
        <div class="form-actions">
          <button type="submit" class="primary" disabled={busy} aria-busy={busy}>
            {busy ? t('lock_unlocking') : t('lock_unlock')}
          </button>
          {!compact && (
            <button type="button" class="link" onClick={() => setForgot(!forgot)}>
              {t('lock_forgot')}
            </button>
          )}
        </div>
        {busy && (
          <p role="status" class="muted">
            {t('lock_unlocking_status')}
          </p>
        )}
      </form>
      {!compact && <LanguageChoice id="lock-language" />}
      {forgot && (
        <div class="card">
          <p>{t(shellKey('lock_forgot_body', store.settings.value.discreet))}</p>
          <WipeSection />
        </div>
      )}
    </section>
  );
}
