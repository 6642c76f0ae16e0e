import { useEffect, useMemo, useState } from 'preact/hooks';
import { t, tDynamic, type MessageKey } from '@/lib/i18n';
import { capInput, knownWords } from '@/lib/passwords/input';
import { createReuseCheck } from '@/lib/passwords/reuse';
import type { Strength } from '@/lib/passwords/strength';
import { formatDuration } from '@/lib/ui/duration';
import { useStrengthClient } from './password-context';

const SCORE_KEYS: readonly MessageKey[] = [
  'pw_score_0',
  'pw_score_1',
  'pw_score_2',
  'pw_score_3',
  'pw_score_4',
];

interface Props {
  /** The account's name and site: easy for anyone to guess, so they count as known words. */
  readonly accountWords: readonly string[];
}

/** Feedback keys from zxcvbn in Lockstep's own words; an unknown key gets a general line. */
const feedback = (kind: 'warning' | 'suggestion', key: string) =>
  tDynamic(`pw_${kind}_${key}`) === `pw_${kind}_${key}` ? '' : tDynamic(`pw_${kind}_${key}`);

/**
 * Checks a password as it is typed, off the main thread, against words the other person knows.
 * Not a login form: no form element, no submission, `autocomplete="off"` (nor saved for session restore) and nothing
 * kept after the page closes, so the browser never offers to save what is typed.
 */
export function PasswordChecker({ accountWords }: Props) {
  const client = useStrengthClient();
  const reuse = useMemo(() => createReuseCheck(), []);
  const [password, setPassword] = useState('');
  const [visible, setVisible] = useState(false);
  const [known, setKnown] = useState('');
  const [capped, setCapped] = useState(false);
  const [strength, setStrength] = useState<Strength | null>(null);
  const [reused, setReused] = useState(false);

  useEffect(() => {
    if (!client) return;
    if (!password) {
      setStrength(null);
      setReused(false);
      return;
    }
    let live = true;
    void client.check(password, knownWords(known, accountWords)).then((result) => {
      if (live && result) setStrength(result);
    });
    return () => {
      live = false;
    };
  }, [client, password, known, accountWords]);

  // Reuse: when the person pauses, remember this password by keyed hash and compare.
  useEffect(() => {
    if (!password) return;
    const timer = setTimeout(() => {
      void reuse.seenBefore(password).then(setReused);
    }, 800);
    return () => clearTimeout(timer);
  }, [password, reuse]);

  const warning = strength?.warning ? feedback('warning', strength.warning) : '';
  const suggestions = (strength?.suggestions ?? [])
    .map((s) => feedback('suggestion', s))
    .filter(Boolean);

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
        {strength && (
          <>
            <p>
              <meter
                min={0}
                max={4}
                low={2}
                high={3}
                optimum={4}
                value={strength.score}
                aria-hidden="true"
              />{' '}
              <strong>{t(SCORE_KEYS[strength.score] ?? 'pw_score_0')}</strong>
            </p>
            <p>
              {t(
                strength.atLeast ? 'pw_offline_at_least' : 'pw_offline',
                formatDuration(strength.offlineSeconds),
              )}
            </p>
            <p>
              {t(
                strength.atLeast ? 'pw_online_at_least' : 'pw_online',
                formatDuration(strength.onlineSeconds),
              )}
            </p>
            {warning && <p class="warning">{warning}</p>}
            {suggestions.length > 0 && (
              <ul>
                {suggestions.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            )}
          </>
        )}
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
