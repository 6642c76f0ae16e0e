import { ZxcvbnFactory, type OptionsType, type ZxcvbnResult } from '@zxcvbn-ts/core';

/** Longest input the checker accepts; longer pasted text is cut here, and the page says so. */
export const MAX_INPUT = 256;
/** Past this length only a prefix is analysed first (see `checkStrength`). */
export const PREFIX = 16;

/**
 * Speed tuning, checked against zxcvbn's defaults on a fixed sample (tests/unit/password-strength):
 * at most 3 l33t substitutions per word (the default explores up to 100, which is what makes a
 * long random password take half a second) and nothing analysed past MAX_INPUT.
 */
export const TUNING: OptionsType = { l33tMaxSubstitutions: 3, maxLength: MAX_INPUT };

/** What the page shows; no password in it. */
export interface Strength {
  readonly score: 0 | 1 | 2 | 3 | 4;
  readonly guessesLog10: number;
  /** Seconds: a fast offline attack on a leaked hash (1e10 guesses/s), and a throttled online one. */
  readonly offlineSeconds: number;
  readonly onlineSeconds: number;
  /** zxcvbn's warning and suggestion keys (put into Lockstep's own words by the page). */
  readonly warning: string | null;
  readonly suggestions: readonly string[];
  /** Only a prefix was analysed and it is already as strong as can be: the rest can only add. */
  readonly atLeast: boolean;
}

const summary = (r: ZxcvbnResult, atLeast: boolean): Strength => ({
  score: r.score,
  guessesLog10: r.guessesLog10,
  offlineSeconds: r.crackTimes.offlineFastHashingXPerSecond.seconds,
  onlineSeconds: r.crackTimes.onlineThrottlingXPerHour.seconds,
  warning: r.feedback.warning,
  suggestions: r.feedback.suggestions,
  atLeast,
});

/**
 * Scores a password. Long passwords are analysed in two steps: the first PREFIX characters,
 * and only if they are not already at the top score, the whole password. When the prefix alone
 * scores 4 (10^10 guesses or more), the whole password contains that prefix, so an attacker
 * guessing it in the usual way has at least that much to do: the result is "at least" the prefix's.
 * This keeps every check near the cost of a 16-character one (p95 about 10 ms in `npm run bench`).
 */
export function checkStrength(
  zxcvbn: ZxcvbnFactory,
  password: string,
  userInputs: readonly string[] = [],
): Strength {
  const inputs = [...userInputs];
  if (password.length > PREFIX) {
    const prefix = zxcvbn.check(password.slice(0, PREFIX), inputs);
    if (prefix.score === 4) return summary(prefix, true);
  }
  return summary(zxcvbn.check(password, inputs), false);
}

/** The factory with the English and common dictionaries (loaded by the caller, lazily). */
export function createChecker(options: OptionsType): ZxcvbnFactory {
  return new ZxcvbnFactory({ ...options, ...TUNING });
}
