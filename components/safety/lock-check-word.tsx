import { t } from '@/lib/i18n';
import { MAX_CHECK_WORD } from '@/lib/storage/sealed-facts';

interface Props {
  readonly id: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
}

/** The check word, asked beside a new passphrase: sealed with the plan, shown after unlock. */
export function CheckWordField({ id, value, onInput }: Props) {
  return (
    <>
      <label for={id}>{t('lock_check_word_label')}</label>
      <input
        id={id}
        type="text"
        autocomplete="off"
        spellcheck={false}
        maxLength={MAX_CHECK_WORD}
        value={value}
        aria-describedby={`${id}-hint`}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <p id={`${id}-hint`} class="hint">
        {t('lock_check_word_hint')}
      </p>
    </>
  );
}
