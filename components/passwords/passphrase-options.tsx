import { t } from '@/lib/i18n';
import type { PassphraseOptions } from '@/lib/passwords/passphrase';

const SEPARATORS = ['-', ' ', '.', '_'] as const;

interface Props {
  readonly options: PassphraseOptions;
  /** One option changed (a new passphrase follows). */
  readonly onChange: (next: Partial<PassphraseOptions>) => void;
}

/** The passphrase's options: how many words, what goes between them, capitals, a digit. */
export function PassphraseOptionsFields({ options, onChange }: Props) {
  return (
    <fieldset class="stack">
      <legend>{t('pw_options')}</legend>
      <label for="pw-words">{t('pw_words')}</label>
      <select
        autocomplete="off"
        id="pw-words"
        value={String(options.words)}
        onChange={(e) => onChange({ words: Number(e.currentTarget.value) })}
      >
        {[4, 5, 6, 7, 8, 10].map((n) => (
          <option key={n} value={String(n)}>
            {n}
          </option>
        ))}
      </select>
      <label for="pw-separator">{t('pw_separator')}</label>
      <select
        autocomplete="off"
        id="pw-separator"
        value={options.separator}
        onChange={(e) => onChange({ separator: e.currentTarget.value })}
      >
        {SEPARATORS.map((s) => (
          <option key={s} value={s}>
            {s === ' ' ? t('pw_separator_space') : s}
          </option>
        ))}
      </select>
      <label class="check">
        <input
          autocomplete="off"
          type="checkbox"
          checked={options.capitals}
          onChange={(e) => onChange({ capitals: e.currentTarget.checked })}
        />{' '}
        {t('pw_capitals')}
      </label>
      <label class="check">
        <input
          autocomplete="off"
          type="checkbox"
          checked={options.digit}
          onChange={(e) => onChange({ digit: e.currentTarget.checked })}
        />{' '}
        {t('pw_digit')}
      </label>
    </fieldset>
  );
}
