import { randomBelow } from './random';

/** Apple's password-rules language, as used by password-manager-resources. */
export interface PasswordRules {
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Each entry: at least one character from this set. */
  readonly required: readonly string[];
  /** Characters allowed besides the required sets (empty: only the required sets). */
  readonly allowed: string;
  readonly maxConsecutive?: number;
}

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGIT = '0123456789';
// Apple's "special" class: ASCII printable punctuation and space; we leave out the space.
const SPECIAL = '-~!@#$%^&*_+=`|(){}[:;"\'<>,.?]/\\';
export const PRINTABLE = LOWER + UPPER + DIGIT + SPECIAL;
export const CLASSES: Readonly<Record<string, string>> = {
  lower: LOWER,
  upper: UPPER,
  digit: DIGIT,
  special: SPECIAL,
};

/** The characters one rule value names: `lower`, `upper, digit`, `[-_.]`… */
function charsOf(value: string): string {
  let out = '';
  for (const part of value.match(/\[[^\]]*\]|[a-z-]+/g) ?? []) {
    if (part.startsWith('[')) out += part.slice(1, -1);
    else if (part === 'ascii-printable' || part === 'unicode') out += PRINTABLE;
    else out += CLASSES[part] ?? '';
  }
  return [...new Set(out)].join('');
}

/** Parses a rules string; unknown or malformed parts are ignored (the rules come from data). */
export function parseRules(text: string): PasswordRules {
  const required: string[] = [];
  let allowed = '';
  let minLength: number | undefined;
  let maxLength: number | undefined;
  let maxConsecutive: number | undefined;
  for (const rule of text.split(';')) {
    const [rawName, ...rest] = rule.split(':');
    const name = rawName?.trim().toLowerCase();
    const value = rest.join(':').trim();
    if (!name || !value) continue;
    if (name === 'minlength') minLength = Number.parseInt(value, 10) || undefined;
    else if (name === 'maxlength') maxLength = Number.parseInt(value, 10) || undefined;
    else if (name === 'max-consecutive') maxConsecutive = Number.parseInt(value, 10) || undefined;
    else if (name === 'required') {
      const chars = charsOf(value);
      if (chars) required.push(chars);
    } else if (name === 'allowed') allowed += charsOf(value);
  }
  return {
    ...(minLength ? { minLength } : {}),
    ...(maxLength ? { maxLength } : {}),
    ...(maxConsecutive ? { maxConsecutive } : {}),
    required,
    allowed: [...new Set(allowed)].join(''),
  };
}

/** Whether a password follows the rules (used by the tests and as the generator's last check). */
export function satisfies(password: string, rules: PasswordRules): boolean {
  const chars = [...password];
  if (rules.minLength && chars.length < rules.minLength) return false;
  if (rules.maxLength && chars.length > rules.maxLength) return false;
  if (!rules.required.every((set) => chars.some((c) => set.includes(c)))) return false;
  const pool = rules.allowed + rules.required.join('');
  if (pool && !chars.every((c) => pool.includes(c))) return false;
  if (rules.maxConsecutive) {
    let run = 1;
    for (let i = 1; i < chars.length; i++) {
      run = chars[i] === chars[i - 1] ? run + 1 : 1;
      if (run > rules.maxConsecutive) return false;
    }
  }
  return true;
}

// Without rules: letters, digits and a few symbols most sites accept, one of each class.
const DEFAULT_REQUIRED = [LOWER, UPPER, DIGIT, '-_!@#%*?'] as const;
const DEFAULT_MAX_LENGTH = 64;
// Rejection sampling draws at most this many candidates (the rules in the bundled data
// accept far more than one in a thousand; see tests/unit/password-random.test.ts).
const MAX_ATTEMPTS = 100_000;

/** What the random-characters generator draws from for a site's rules. */
export interface CharPlan {
  readonly length: number;
  /** Every character the password may hold. */
  readonly pool: string;
  /** At least one character from each of these sets. */
  readonly required: readonly string[];
  readonly maxConsecutive?: number;
}

/**
 * The length, pool and required classes for `rules`. No rules at all: the default pool with
 * one of each of its classes. Allowed characters without required ones: exactly those.
 */
export function charPlan(rules: PasswordRules, preferred = 20): CharPlan {
  const unruled = !rules.required.length && !rules.allowed;
  const required = unruled ? DEFAULT_REQUIRED : rules.required;
  const pool = [...new Set(rules.allowed + required.join(''))].join('');
  const max = rules.maxLength ?? DEFAULT_MAX_LENGTH;
  const length = Math.max(rules.minLength ?? 0, Math.min(preferred, max), required.length, 1);
  return {
    length,
    pool,
    required,
    ...(rules.maxConsecutive ? { maxConsecutive: rules.maxConsecutive } : {}),
  };
}

/** Whether `chars` fits the plan: from the pool, each required set present, no long run. */
function fits(chars: readonly string[], plan: CharPlan): boolean {
  if (!plan.required.every((set) => chars.some((c) => set.includes(c)))) return false;
  const limit = plan.maxConsecutive ?? Infinity;
  let run = 1;
  for (let i = 1; i < chars.length; i++) {
    run = chars[i] === chars[i - 1] ? run + 1 : 1;
    if (run > limit) return false;
  }
  return true;
}

/**
 * Random characters that follow the site's rules (or letters, digits and symbols without).
 * Uniform over every password the plan allows: each candidate is drawn character by character
 * from the whole pool and kept only if it fits, so no allowed password is likelier than another.
 */
export function generateForRules(rules: PasswordRules, preferred = 20): string {
  const plan = charPlan(rules, preferred);
  const pool = [...plan.pool];
  if (pool.length) {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const chars = Array.from({ length: plan.length }, () => pool[randomBelow(pool.length)] ?? '');
      if (fits(chars, plan)) return chars.join('');
    }
  }
  throw new Error('These password rules cannot be met.');
}

/** Strings of `length` over `size` characters with no run longer than `limit`. */
function countRuns(size: number, length: number, limit: number): bigint {
  const k = BigInt(size);
  if (!Number.isFinite(limit) || limit >= length) return k ** BigInt(length);
  // ways[n]: valid strings of length n; the last run has some length j <= limit and the
  // character before it (if any) differs from the run's character.
  const ways: bigint[] = [1n];
  for (let n = 1; n <= length; n++) {
    let total = 0n;
    for (let j = 1; j <= Math.min(limit, n); j++)
      total += n === j ? k : (ways[n - j] ?? 0n) * (k - 1n);
    ways.push(total);
  }
  return ways[length] ?? 0n;
}

/**
 * How many different passwords `generateForRules` can produce for these rules: inclusion and
 * exclusion over the required sets (those strings that miss a given group of sets are drawn
 * from the rest of the pool), each term counting the strings without over-long runs.
 */
export function countPasswords(rules: PasswordRules, preferred = 20): bigint {
  const plan = charPlan(rules, preferred);
  const sets = plan.required.map((set) => new Set(set));
  let total = 0n;
  for (let mask = 0; mask < 2 ** sets.length; mask++) {
    const left = [...plan.pool].filter(
      (c) => !sets.some((set, i) => mask & (1 << i) && set.has(c)),
    );
    const term = countRuns(left.length, plan.length, plan.maxConsecutive ?? Infinity);
    total += popCount(mask) % 2 ? -term : term;
  }
  return total;
}

function popCount(n: number): number {
  let bits = 0;
  for (let m = n; m; m >>= 1) bits += m & 1;
  return bits;
}

/** log2 of a big count, exact to double precision. */
export function log2Big(n: bigint): number {
  if (n <= 0n) return 0;
  const width = n.toString(2).length;
  const shift = Math.max(0, width - 53);
  return shift + Math.log2(Number(n >> BigInt(shift)));
}

/** Bits of randomness of `generateForRules` output: log2 of how many passwords it can give. */
export function ruleBits(rules: PasswordRules, preferred = 20): number {
  return log2Big(countPasswords(rules, preferred));
}
