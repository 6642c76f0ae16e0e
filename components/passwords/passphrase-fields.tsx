import { useEffect, useMemo, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { knownWords } from '@/lib/passwords/input';
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
  /** Checks the passphrase fully (strength included): the problem to show, or null. */
  validate(): Promise<MessageKey | null>;
  clear(): void;
}

/**
 * A new passphrase typed twice and checked by the strength checker (in its worker) against the
 * words anyone near the person could guess: the plan's account names and sites. Nothing typed
 * is kept anywhere but this component's memory.
 */
export function useNewPassphrase(): NewPassphrase {
  const store = usePlanStore();
  const client = useStrengthClient();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [strength, setStrength] = useState<Strength | null>(null);
  const accounts = store.accounts.value;
  const words = useMemo(
    () => knownWords('', [...accounts.flatMap((a) => [a.name, a.site]), 'lockstep', 'notes']),
    [accounts],
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
    validate,
    clear: () => {
      setFirst('');
      setSecond('');
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

/** The two fields of a new passphrase, with its strength said in words as it is typed. */
export function PassphraseFields({ state, id, label, repeatLabel, hint }: Props) {
  const score = state.strength?.score;
  const verdict =
    score === undefined
      ? ''
      : score >= MIN_PASSPHRASE_SCORE
        ? t('pass_strong_enough')
        : t('pass_too_weak_live');
  return (
    <>
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
    </>
  );
}
