import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDictionaries } from '@/lib/passwords/dictionaries';
import { capInput, knownWords, visibleLength } from '@/lib/passwords/input';
import { DEFAULT_PASSPHRASE, generatePassphrase, WORDLIST_SIZE } from '@/lib/passwords/passphrase';
import { randomBelow } from '@/lib/passwords/random';
import { createReuseCheck } from '@/lib/passwords/reuse';
import { generateForRules, parseRules, satisfies } from '@/lib/passwords/rules';
import { checkStrength, createChecker, MAX_INPUT } from '@/lib/passwords/strength';

let tuned: ZxcvbnFactory;
let defaults: ZxcvbnFactory;
beforeAll(async () => {
  const options = await loadDictionaries();
  tuned = createChecker(options);
  defaults = new ZxcvbnFactory(options);
});

/** A fixed sample: common, personal, l33t, keyboard, dates, passphrases, random, long. */
const SAMPLE = [
  'password',
  'P@ssw0rd!',
  'letmein123',
  'qwertyuiop',
  'jennifer1985',
  'Summer2024!',
  'correcthorsebatterystaple',
  'correct-horse-battery-staple-orbit-violet',
  'Tr0ub4dor&3',
  'zxcvbnm,./',
  '1qaz2wsx3edc',
  'iloveyou!!',
  'aaaaaaaaaaaaaaaaaaaa',
  'abcdefghijklmnop',
  'x7#Qm2!pL9$v',
  'Kq8$wZ3!nR6@tY1^uI4&oP7*aS0(dF5)',
  'M0nk3yB@n@n@',
  'dragon2019dragon',
  'thequickbrownfoxjumpsoverthelazydog',
  'purple-monkey-dishwasher',
  'hunter2',
  '01/02/1990',
  'ninjaninjaninja',
  'L0ck$t3p',
  'sunshine-valley-77',
  'Xy9!Xy9!Xy9!Xy9!',
  'a8d7f6g5h4j3k2l1q9w8e7r6t5y4u3i2o1p0zxcvbnmasdfghjklqwertyuiopzxcv',
];

describe('strength check', () => {
  it('gives the same score as zxcvbn defaults on the fixed sample', () => {
    const differences = SAMPLE.filter(
      (pw) => checkStrength(tuned, pw).score !== defaults.check(pw).score,
    );
    expect(differences).toEqual([]);
  });

  it('analyses a long password’s prefix first, and says the result is a lower bound', () => {
    const long = 'Kq8$wZ3!nR6@tY1^uI4&oP7*aS0(dF5)Kq8$wZ3!nR6@tY1^uI4&oP7*aS0(dF5)';
    const result = checkStrength(tuned, long);
    expect(result).toMatchObject({ score: 4, atLeast: true });
    // A long but weak phrase is analysed whole.
    expect(checkStrength(tuned, 'password'.repeat(6)).atLeast).toBe(false);
  });

  it('counts words the other person knows as easy to guess', () => {
    const alone = checkStrength(tuned, 'Biscuit0412Marjorie');
    const known = checkStrength(
      tuned,
      'Biscuit0412Marjorie',
      knownWords('Biscuit\nMarjorie\n0412'),
    );
    expect(known.score).toBeLessThan(alone.score);
    expect(known.guessesLog10).toBeLessThan(alone.guessesLog10);
  });

  it('caps pasted text without splitting characters, and counts emoji and accents as people do', () => {
    const huge = '🔒'.repeat(5_000);
    const capped = capInput(huge);
    expect(capped.capped).toBe(true);
    expect([...capped.text]).toHaveLength(MAX_INPUT);
    expect(capped.text.endsWith('🔒')).toBe(true);
    expect(visibleLength('e\u0301te\u0301 👩‍👩‍👧')).toBe(5);
    expect(() => checkStrength(tuned, capped.text)).not.toThrow();
    expect(checkStrength(tuned, '').score).toBe(0);
  });
});

describe('generators', () => {
  it('makes six-word passphrases from the EFF list without its hyphenated words (77.5 bits)', () => {
    expect(WORDLIST_SIZE).toBe(7772);
    const { bits } = generatePassphrase(DEFAULT_PASSPHRASE);
    expect(bits).toBeCloseTo(77.54, 1);
    // 30,000 words drawn: a hyphenated word (4 in 7,776) would show up about 15 times.
    let miscounted = 0;
    for (let i = 0; i < 5_000; i++) {
      if (generatePassphrase(DEFAULT_PASSPHRASE).text.split('-').length !== 6) miscounted++;
    }
    expect(miscounted).toBe(0);
    const fancy = generatePassphrase({ words: 5, separator: ' ', capitals: true, digit: true });
    expect(fancy.text.split(' ')).toHaveLength(5);
    expect(fancy.text).toMatch(/^[A-Z]/);
    expect(fancy.text).toMatch(/\d/);
    expect(fancy.bits).toBeGreaterThan(5 * Math.log2(7772));
  });

  it('picks without bias (chi-squared over 6 buckets)', () => {
    const counts = [0, 0, 0, 0, 0, 0];
    const n = 60_000;
    for (let i = 0; i < n; i++) counts[randomBelow(6)]!++;
    const chi = counts.reduce((sum, c) => sum + (c - n / 6) ** 2 / (n / 6), 0);
    expect(chi).toBeLessThan(20.5); // p ≈ 0.001 for 5 degrees of freedom
  });

  it('reads Apple password rules and always follows them (property test)', () => {
    const rules = parseRules(
      'minlength: 8; maxlength: 12; required: lower; required: upper, digit; allowed: [-_]; max-consecutive: 2;',
    );
    expect(rules).toMatchObject({ minLength: 8, maxLength: 12, maxConsecutive: 2 });
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 30 }),
        fc.integer({ min: 0, max: 40 }),
        fc.subarray(['lower', 'upper', 'digit', 'special', '[-_]', '[!#]'], { minLength: 1 }),
        fc.boolean(),
        (min, extra, required, consecutive) => {
          const text = `minlength: ${min}; maxlength: ${Math.max(min + extra, required.length)}; ${required.map((r) => `required: ${r};`).join(' ')}${consecutive ? ' max-consecutive: 2;' : ''}`;
          const parsed = parseRules(text);
          const password = generateForRules(parsed);
          expect(satisfies(password, parsed), `${text} → ${password}`).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('reuse within the page', () => {
  it('notices a password checked earlier, by keyed hash only', async () => {
    const reuse = createReuseCheck();
    expect(await reuse.seenBefore('first-Pass-1')).toBe(false);
    expect(await reuse.seenBefore('second-Pass-2')).toBe(false);
    expect(await reuse.seenBefore('first-Pass-1')).toBe(true);
    expect(await reuse.seenBefore('first-Pass-1')).toBe(false); // the same check again
    expect(await createReuseCheck().seenBefore('first-Pass-1')).toBe(false);
  });
});
