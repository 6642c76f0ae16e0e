import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import {
  DEFAULT_PASSPHRASE,
  generatePassphrase,
  type PassphraseOptions,
} from '@/lib/passwords/passphrase';
import { PassphraseOptionsFields } from './passphrase-options';
import { useClipboard } from './use-clipboard';
import { ruleText } from '@/lib/ui/rule-text';
import { generateForRules, parseRules, ruleBits, type PasswordRules } from '@/lib/passwords/rules';

const NO_RULES: PasswordRules = { required: [], allowed: '' };

interface Props {
  /** The site's password rules (Apple's format), when the bundled data has them. */
  readonly rules?: string;
}

/** A passphrase of random words, or random characters that follow the site's rules. */
export function PasswordGenerator({ rules }: Props) {
  const [options, setOptions] = useState<PassphraseOptions>(DEFAULT_PASSPHRASE);
  const [phrase, setPhrase] = useState(() => generatePassphrase(DEFAULT_PASSPHRASE));
  const parsed = rules ? parseRules(rules) : null;
  const charRules = parsed ?? NO_RULES;
  const makeChars = () => generateForRules(charRules);
  const [chars, setChars] = useState(makeChars);
  const clipboard = useClipboard<'phrase' | 'chars'>();
  const set = (next: Partial<PassphraseOptions>) => {
    const merged = { ...options, ...next };
    setOptions(merged);
    setPhrase(generatePassphrase(merged));
  };

  return (
    <section class="card" aria-labelledby="generator-heading">
      <h2 id="generator-heading">{t('pw_generate_title')}</h2>
      <p>{t('pw_passphrase_body')}</p>
      <label for="pw-phrase">{t('pw_passphrase_label')}</label>
      {/* A text area wraps: every word shows, even 8 words at 360 px. */}
      <textarea
        id="pw-phrase"
        class="generated"
        readOnly
        rows={2}
        value={phrase.text}
        autoComplete="off"
        spellcheck={false}
      />
      <p class="muted">{t('pw_bits', phrase.bits.toFixed(1))}</p>
      <div class="form-actions">
        <button type="button" onClick={() => setPhrase(generatePassphrase(options))}>
          {t('pw_new_phrase')}
        </button>
        <button
          type="button"
          class="primary"
          onClick={() => void clipboard.copy(phrase.text, 'phrase')}
        >
          {t('pw_copy_phrase')}
        </button>
        <span role="status" class="muted copy-status">
          {clipboard.at('phrase')}
        </span>
      </div>
      <PassphraseOptionsFields options={options} onChange={set} />
      <h3>{t('pw_chars_title')}</h3>
      <p>{parsed ? t('pw_chars_rules', ruleText(parsed)) : t('pw_chars_body')}</p>
      <label for="pw-chars">{t('pw_chars_label')}</label>
      <textarea
        id="pw-chars"
        class="generated"
        readOnly
        rows={2}
        value={chars}
        autoComplete="off"
        spellcheck={false}
      />
      <p class="muted">{t('pw_bits', ruleBits(charRules).toFixed(1))}</p>
      <div class="form-actions">
        <button type="button" onClick={() => setChars(makeChars())}>
          {t('pw_new_chars')}
        </button>
        <button type="button" onClick={() => void clipboard.copy(chars, 'chars')}>
          {t('pw_copy_chars')}
        </button>
        <span role="status" class="muted copy-status">
          {clipboard.at('chars')}
        </span>
      </div>
    </section>
  );
}
