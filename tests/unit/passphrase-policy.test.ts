import { describe, expect, it } from 'vitest';
import { loadDictionaries } from '@/lib/passwords/dictionaries';
import { knownWords } from '@/lib/passwords/input';
import { passphraseProblem } from '@/lib/passwords/passphrase-policy';
import { checkStrength, createChecker } from '@/lib/passwords/strength';

// The lock and sealed files can be attacked offline from a copy of the profile or a file:
// the floor is zxcvbn's top score, against the words the other person knows.
describe('a passphrase strong enough for a stolen copy', async () => {
  const zxcvbn = createChecker(await loadDictionaries());
  const problem = (passphrase: string, known = '') =>
    passphraseProblem(passphrase, passphrase, checkStrength(zxcvbn, passphrase, knownWords(known)));

  it('refuses what the review guessed in about 10^8 tries', () => {
    expect(problem('maria1985rose')).toBe('pass_weak');
    expect(problem('ilovemykids2')).toBe('pass_weak');
  });

  it('refuses names the other person knows, once the person lists them', () => {
    expect(problem('JakeAndEmma22')).toBeNull();
    expect(problem('JakeAndEmma22', 'Jake\nEmma')).toBe('pass_weak');
  });

  it('takes random words', () => {
    expect(problem('lantern meadow copper')).toBeNull();
    expect(problem('orbit violet tundra 42', 'Jake\nEmma')).toBeNull();
  });
});
