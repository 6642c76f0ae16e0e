import type { MessageKey } from '../i18n';
import type { Strength } from './strength';

/**
 * A passphrase that seals the plan or a file must score at least this (zxcvbn's "safely
 * unguessable": about 10^8 guesses or more), checked against words the other person knows.
 * Eight characters alone said nothing: "password" is eight characters.
 */
export const MIN_PASSPHRASE_SCORE = 3;

/** What is wrong with a new passphrase, as the message the page shows; null when it will do. */
export function passphraseProblem(
  first: string,
  second: string,
  strength: Pick<Strength, 'score'> | null,
): MessageKey | null {
  if (!first) return 'pass_empty';
  if (first !== second) return 'pass_mismatch';
  if (!strength) return 'pass_not_checked';
  return strength.score < MIN_PASSPHRASE_SCORE ? 'pass_weak' : null;
}
