import { useEffect, useMemo, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { knownWords } from '@/lib/passwords/input';
import { DEFAULT_PASSPHRASE, generatePassphrase } from '@/lib/passwords/passphrase';
import { MIN_PASSPHRASE_SCORE, passphraseProblem } from '@/lib/passwords/passphrase-policy';
import type { Strength } from '@/lib/passwords/strength';
import { useStrengthClient } from './password-context';
import { usePlanStore } from '../common/store-context';

export interface NewPassphrase {
  readonly first: string;
  readonly second: string;
  setFirst(value: string): void;
  setSecond(value: string): void;
  /** The live strength of what is typed (null while checking or empty). */
  readonly strength: Strength | null;
  /** Words the other person knows, as typed (kept on the page only, never saved). */
  readonly known: string;
  setKnown(value: string): void;
  /** Checks the passphrase fully (strength included): the problem to show, or null. */
  validate(): Promise<MessageKey | null>;
  clear(): void;
}

/**
 * A new passphrase typed twice and checked by the strength checker (in its worker) against the
 * words anyone near the person could guess: the plan's account names and sites, and the words
 * the person says the other person knows. Nothing typed is kept anywhere but this component's
 * memory.
 */
export function useNewPassphrase(): NewPassphrase {
  const store = usePlanStore();
  const client = useStrengthClient();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [known, setKnown] = useState('');
  const [strength, setStrength] = useState<Strength | null>(null);
  const accounts = store.accounts.value;
  const words = useMemo(
    () => knownWords(known, [...accounts.flatMap((a) => [a.name, a.site]), 'lockstep', 'notes']),
    [accounts, known],
  );

  useEffect(() => {
    setStrength(null);
    if (!client || !first) return;
    let live = true;
    void client.check(first, words).then((result) => {
      if (live && result) setStrength(result);
    });
    return () => {
      live = false;
    };
  }, [client, first, words]);

  const validate = async (): Promise<MessageKey | null> => {
    let checked = strength;
    // Typed faster than the checker answered: ask again for exactly this passphrase.
    for (let tries = 0; !checked && client && first && tries < 3; tries++)
      checked = await client.check(first, words);
    return passphraseProblem(first, second, checked);
  };

  return {
    first,
    second,
    setFirst,
    setSecond,
    strength,
    known,
    setKnown,
    validate,
    clear: () => {
      setFirst('');
      setSecond('');
      setKnown('');
    },
  };
}

interface Props {
  readonly state: NewPassphrase;
  /** Distinct ids and labels for each form that asks for a new passphrase. */
  readonly id: string;
  readonly label: string;
  readonly repeatLabel: string;
  readonly hint: string;
}

/**
 * The two fields of a new passphrase, with its strength said in words as it is typed, and first
 * an offer of six random words (the strongest choice, shown on the page only, to write down).
 */
export function PassphraseFields({ state, id, label, repeatLabel, hint }: Props) {
  const [suggested, setSuggested] = useState('');
  const suggest = () => {
    const { text } = generatePassphrase({ ...DEFAULT_PASSPHRASE, separator: ' ' });
    setSuggested(text);
    state.setFirst(text);
    state.setSecond('');
  };
  const score = state.strength?.score;
  const verdict =
    score === undefined
      ? ''
      : score >= MIN_PASSPHRASE_SCORE
        ? t('pass_strong_enough')
        : t('pass_too_weak_live');
  return (
    <>
      <p>
        <button type="button" onClick={suggest}>
          {t('pass_suggest')}
        </button>
      </p>
      {suggested && state.first === suggested && (
        <p class="suggested-passphrase" aria-live="polite">
          {t('pass_suggested')} <strong class="passphrase-words">{suggested}</strong>
        </p>
      )}
      <label for={id}>{label}</label>
      <input
        id={id}
        type="password"
        autocomplete="off"
        value={state.first}
        aria-describedby={`${id}-hint ${id}-strength`}
        onInput={(e) => state.setFirst(e.currentTarget.value)}
      />
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
      <p id={`${id}-strength`} class="hint" aria-live="polite">
        {verdict}
      </p>
      <label for={`${id}-again`}>{repeatLabel}</label>
      <input
        id={`${id}-again`}
        type="password"
        autocomplete="off"
        value={state.second}
        onInput={(e) => state.setSecond(e.currentTarget.value)}
      />
      <label for={`${id}-known`}>{t('pw_known_label')}</label>
      <textarea
        id={`${id}-known`}
        rows={2}
        autocomplete="off"
        spellcheck={false}
        aria-describedby={`${id}-known-hint`}
        value={state.known}
        onInput={(e) => state.setKnown(e.currentTarget.value)}
      />
      <p id={`${id}-known-hint`} class="hint">
        {t('pass_known_hint')}
      </p>
    </>
  );
}
