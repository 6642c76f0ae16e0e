import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { PassphraseFields, useNewPassphrase } from '../passwords/passphrase-fields';
import { usePlanStore } from '../common/store-context';
import { CheckWordField } from './lock-check-word';
import { LockRule } from './lock-rule';
import { useShellText } from './use-shell-text';

interface Props {
  /**
   * Where it shows: the introduction has its own buttons; the add page and the look-first page
   * (before the first answer, the most sensitive thing Lockstep keeps) offer "Not now".
   */
  readonly place: 'welcome' | 'add' | 'look';
}

/**
 * The lock, offered before anything is saved. Browsers keep deleted data in their files for a
 * while, so a plan locked after accounts were added may still hold their names in clear on disk;
 * a plan locked first never writes them in clear.
 */
export function LockOffer({ place }: Props) {
  const text = useShellText();
  const store = usePlanStore();
  const next = useNewPassphrase();
  const [open, setOpen] = useState(false);
  const [checkWord, setCheckWord] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const settings = store.settings.value;

  if (store.mode === 'memory') return null;
  if (store.lockState.value !== 'none') {
    return message && !message.error ? (
      <div class="stack">
        <p role="status" class="card">
          {message.text}
        </p>
        <LockRule />
      </div>
    ) : null;
  }
  if (place === 'add' && (store.accounts.value.length > 0 || settings.lockOfferDeclined))
    return null;
  if (place === 'look' && settings.lookLockOfferDeclined) return null;

  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setMessage(null);
    const problem = await next.validate();
    if (problem) {
      setBusy(false);
      setMessage({ text: t(problem), error: true });
      return;
    }
    const ok = await store.setPassphrase(next.first, checkWord);
    setBusy(false);
    next.clear();
    setCheckWord('');
    setMessage(
      ok
        ? { text: t('offer_lock_done'), error: false }
        : { text: t('lock_save_failed'), error: true },
    );
  };

  return (
    <section class="card lock-offer" aria-labelledby={`lock-offer-${place}`}>
      <h2 id={`lock-offer-${place}`}>{t('offer_lock_title')}</h2>
      <p>{t(place === 'look' ? 'offer_lock_body_look' : 'offer_lock_body')}</p>
      {open ? (
        <form class="stack" onSubmit={(e) => void save(e)} autocomplete="off">
          <PassphraseFields
            state={next}
            id={`offer-passphrase-${place}`}
            label={t('lock_new_passphrase')}
            repeatLabel={t('lock_repeat_passphrase')}
            hint={text('lock_new_passphrase_hint')}
          />
          <CheckWordField
            id={`offer-check-word-${place}`}
            value={checkWord}
            onInput={setCheckWord}
          />
          <div class="form-actions">
            <button type="submit" class="primary" disabled={busy} aria-busy={busy}>
              {busy ? t('lock_sealing') : t('lock_turn_on')}
            </button>
            <button type="button" onClick={() => setOpen(false)} disabled={busy}>
              {t('form_cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div class="form-actions">
          <button type="button" class="primary" onClick={() => setOpen(true)}>
            {t('offer_lock_start')}
          </button>
          {place !== 'welcome' && (
            <button
              type="button"
              onClick={() =>
                void store.updateSetting(
                  place === 'look' ? 'lookLockOfferDeclined' : 'lockOfferDeclined',
                  true,
                )
              }
            >
              {t('offer_lock_not_now')}
            </button>
          )}
        </div>
      )}
      {busy && (
        <p role="status" class="muted">
          {t('lock_unlocking_status')}
        </p>
      )}
      {message?.error && (
        <p role="alert" class="error">
          {message.text}
        </p>
      )}
    </section>
  );
}
