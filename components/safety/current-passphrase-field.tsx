import { t } from '@/lib/i18n';

interface Props {
  readonly value: string;
  readonly onInput: (value: string) => void;
}

/** The passphrase in use, asked for before the lock is changed or taken away. */
export function CurrentPassphraseField({ value, onInput }: Props) {
  return (
    <>
      <label for="current-passphrase">{t('pass_current')}</label>
      <input
        id="current-passphrase"
        type="password"
        autocomplete="off"
        value={value}
        aria-describedby="current-passphrase-hint"
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <p id="current-passphrase-hint" class="hint">
        {t('pass_current_hint')}
      </p>
    </>
  );
}
