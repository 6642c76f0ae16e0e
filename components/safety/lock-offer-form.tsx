import { t } from '@/lib/i18n';
import { PassphraseFields } from '../passwords/passphrase-fields';
import { CheckWordField } from './lock-check-word';
import type { LockOfferState } from './use-lock-offer';
import { useShellText } from './use-shell-text';

interface Props {
  /** Where the offer shows; it makes the field ids unique. */
  readonly place: string;
  readonly offer: LockOfferState;
  readonly onCancel: () => void;
}

/** The lock offer opened: a new passphrase, typed twice, and a check word. */
export function LockOfferForm({ place, offer, onCancel }: Props) {
  const text = useShellText();
  const { busy } = offer;
  return (
    <form class="stack" onSubmit={(e) => void offer.save(e)} autocomplete="off">
      <PassphraseFields
        state={offer.next}
        id={`offer-passphrase-${place}`}
        label={t('lock_new_passphrase')}
        repeatLabel={t('lock_repeat_passphrase')}
        hint={text('lock_new_passphrase_hint')}
      />
      <CheckWordField
        id={`offer-check-word-${place}`}
        value={offer.checkWord}
        onInput={offer.setCheckWord}
      />
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy} aria-busy={busy}>
          {busy ? t('lock_sealing') : t('lock_turn_on')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('form_cancel')}
        </button>
      </div>
    </form>
  );
}
