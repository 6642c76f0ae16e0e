import type { MessageKey } from '../i18n';
import type { Strength } from './strength';

/**
 * A passphrase that seals the plan or a file must score 4, zxcvbn's top ("very unguessable":
 * about 10^10 guesses or more), checked against words the other person knows. A sealed file or a
 * copy of the profile can be attacked offline at leisure: score 3 (about 10^8) let
 * "maria1985rose" and "ilovemykids2" through (issue "Tampering is seen", item 5). An existing
 * lock that scores lower still opens; the lock screen asks to strengthen it.
 */
export const MIN_PASSPHRASE_SCORE = 4;

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
