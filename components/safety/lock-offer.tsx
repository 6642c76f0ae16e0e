import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { usePlanStore } from '../common/store-context';
import { LockOfferForm } from './lock-offer-form';
import { LockRule } from './lock-rule';
import { useLockOffer } from './use-lock-offer';

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
  const store = usePlanStore();
  const [open, setOpen] = useState(false);
  const offer = useLockOffer();
  const { busy, message } = offer;
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

  return (
    <section class="card lock-offer" aria-labelledby={`lock-offer-${place}`}>
      <h2 id={`lock-offer-${place}`}>{t('offer_lock_title')}</h2>
      <p>{t(place === 'look' ? 'offer_lock_body_look' : 'offer_lock_body')}</p>
      {open ? (
        <LockOfferForm place={place} offer={offer} onCancel={() => setOpen(false)} />
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
