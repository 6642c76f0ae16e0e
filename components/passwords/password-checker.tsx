import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { capInput } from '@/lib/passwords/input';
import { StrengthResult } from './strength-result';
import { useStrengthCheck } from './use-strength-check';

interface Props {
  /** The account's name and site: easy for anyone to guess, so they count as known words. */
  readonly accountWords: readonly string[];
}

/**
 * Checks a password as it is typed, off the main thread, against words the other person knows.
 * Not a login form: no form element, no submission, `autocomplete="off"` (nor saved for session restore) and nothing
 * kept after the page closes, so the browser never offers to save what is typed.
 */
export function PasswordChecker({ accountWords }: Props) {
  const [password, setPassword] = useState('');
  const [visible, setVisible] = useState(false);
  const [known, setKnown] = useState('');
  const [capped, setCapped] = useState(false);
  const { strength, reused } = useStrengthCheck(password, known, accountWords);

  return (
    <section class="card" aria-labelledby="checker-heading">
      <h2 id="checker-heading">{t('pw_check_title')}</h2>
      <p class="muted">{t('pw_nothing_kept')}</p>
      <label for="pw-input">{t('pw_input_label')}</label>
      <div class="inline">
        <input
          autocomplete="off"
          id="pw-input"
          type={visible ? 'text' : 'password'}
          autoCapitalize="off"
          autoCorrect="off"
          spellcheck={false}
          data-lpignore="true"
          value={password}
          aria-describedby="pw-result"
          onInput={(e) => {
            const { text, capped: cut } = capInput(e.currentTarget.value);
            if (cut) e.currentTarget.value = text;
            setCapped(cut);
            setPassword(text);
          }}
        />
        <button type="button" aria-pressed={visible} onClick={() => setVisible(!visible)}>
          {visible ? t('pw_hide') : t('pw_show')}
        </button>
      </div>
      {capped && <p class="warning">{t('pw_capped')}</p>}
      <div id="pw-result" aria-live="polite" class="pw-result">
        {strength && <StrengthResult strength={strength} />}
        {reused && <p class="warning">{t('pw_reused')}</p>}
      </div>
      <label for="pw-known">{t('pw_known_label')}</label>
      <textarea
        id="pw-known"
        rows={3}
        autoComplete="off"
        spellcheck={false}
        aria-describedby="pw-known-hint"
        value={known}
        onInput={(e) => setKnown(e.currentTarget.value)}
      />
      <p id="pw-known-hint" class="hint">
        {t('pw_known_hint')}
      </p>
    </section>
  );
}
