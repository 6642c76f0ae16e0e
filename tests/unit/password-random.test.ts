import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSiteData, dataDir } from '@/lib/build/site-data';
import {
  charPlan,
  countPasswords,
  generateForRules,
  parseRules,
  ruleBits,
  satisfies,
  type PasswordRules,
} from '@/lib/passwords/rules';

const NO_RULES: PasswordRules = { required: [], allowed: '' };

/** Every string of `length` over `pool` that the rules accept, by brute force. */
function bruteCount(rules: PasswordRules, pool: string, length: number): number {
  const chars = [...pool];
  let count = 0;
  const walk = (prefix: string, left: number) => {
    if (!left) {
      if (satisfies(prefix, rules)) count++;
      return;
    }
    for (const c of chars) walk(prefix + c, left - 1);
  };
  walk('', length);
  return count;
}

describe('randomness of the random-characters generator', () => {
  it('without rules, 20 characters from the full default pool (about 122 bits, not 20)', () => {
    const bits = ruleBits(NO_RULES, 20);
    expect(bits).toBeGreaterThan(122);
    expect(bits).toBeLessThan(20 * Math.log2(70));
    expect(generateForRules(NO_RULES)).toMatch(/^[A-Za-z0-9\-_!@#%*?]{20}$/);
    const plan = charPlan(NO_RULES);
    expect(plan.length).toBe(20);
    expect(plan.pool).toHaveLength(70);
  });

  it('the figure is log2 of the number of passwords it can produce (brute force, property)', () => {
    const alphabet = ['a', 'b', 'c', '1', '2', '!'];
    const rulesArb = fc
      .record({
        allowed: fc.subarray(alphabet),
        required: fc.array(fc.subarray(alphabet, { minLength: 1, maxLength: 3 }), {
          maxLength: 3,
        }),
        length: fc.integer({ min: 1, max: 5 }),
        maxConsecutive: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      })
      .filter((r) => r.allowed.length > 0 || r.required.length > 0);
    fc.assert(
      fc.property(rulesArb, (r) => {
        const rules: PasswordRules = {
          minLength: r.length,
          maxLength: r.length,
          required: r.required.map((set) => set.join('')),
          allowed: r.allowed.join(''),
          ...(r.maxConsecutive ? { maxConsecutive: r.maxConsecutive } : {}),
        };
        const plan = charPlan(rules);
        const length = Math.max(r.length, r.required.length);
        expect(plan.length).toBe(length);
        const brute = bruteCount(
          { ...rules, maxLength: length, minLength: length },
          plan.pool,
          length,
        );
        expect(Number(countPasswords(rules))).toBe(brute);
        if (brute > 0) expect(ruleBits(rules)).toBeCloseTo(Math.log2(brute), 9);
      }),
      { numRuns: 300 },
    );
  });

  it('is uniform over the passwords it can produce (chi-squared)', () => {
    // Pool "ab", at least one "a", two characters: aa, ab, ba, each one time in three.
    const rules: PasswordRules = { minLength: 2, maxLength: 2, required: ['a'], allowed: 'b' };
    const counts = new Map<string, number>();
    const n = 6_000;
    for (let i = 0; i < n; i++) {
      const password = generateForRules(rules);
      counts.set(password, (counts.get(password) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(['aa', 'ab', 'ba']);
    const chi = [...counts.values()].reduce((sum, c) => sum + (c - n / 3) ** 2 / (n / 3), 0);
    expect(chi).toBeLessThan(13.8); // p ≈ 0.001 for 2 degrees of freedom
    expect(countPasswords(rules)).toBe(3n);
  });

  it('allowed characters without required ones are exactly the pool', () => {
    const rules = parseRules('minlength: 12; allowed: lower, digit;');
    for (let i = 0; i < 50; i++) expect(generateForRules(rules)).toMatch(/^[a-z0-9]{20}$/);
    expect(ruleBits(rules)).toBeCloseTo(20 * Math.log2(36), 9);
  });

  it('every site rule in the bundled data is met quickly and counted', () => {
    const { siteRules } = compileSiteData(dataDir(process.cwd()));
    const entries = Object.entries(siteRules.passwordRules);
    expect(entries.length).toBeGreaterThan(50);
    for (const [host, text] of entries) {
      const rules = parseRules(text);
      const plan = charPlan(rules);
      const count = countPasswords(rules);
      // Share of uniform draws from the pool the generator keeps: at least one in a thousand.
      const share = Number((count * 1_000_000n) / BigInt(plan.pool.length) ** BigInt(plan.length));
      expect(share, `${host}: ${text}`).toBeGreaterThan(1_000);
      const password = generateForRules(rules);
      expect(satisfies(password, { ...rules, required: plan.required }), host).toBe(true);
      expect(ruleBits(rules), host).toBeGreaterThan(10); // the weakest: four digits (a PIN)
    }
  });
});
