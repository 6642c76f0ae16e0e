import { randomBelow, shuffle } from './random';

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
const PRINTABLE = LOWER + UPPER + DIGIT + SPECIAL;
const CLASSES: Readonly<Record<string, string>> = {
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

/** Random characters that follow the site's rules (or letters, digits and symbols without). */
export function generateForRules(rules: PasswordRules, preferred = 20): string {
  const required = rules.required.length ? rules.required : [LOWER, UPPER, DIGIT, '-_!@#%*?'];
  const pool = [...new Set(rules.allowed + required.join(''))].join('');
  const max = rules.maxLength ?? 64;
  const length = Math.max(rules.minLength ?? 0, Math.min(preferred, max), required.length);
  const limit = rules.maxConsecutive ?? Infinity;
  for (let attempt = 0; attempt < 1_000; attempt++) {
    // One character from each required set, at random places; the rest from the whole pool,
    // left to right, never making a run longer than the rules allow.
    const slots = shuffle([...Array(length).keys()]);
    const chars: string[] = Array.from({ length }, () => '');
    required.forEach((set, i) => (chars[slots[i] ?? 0] = set[randomBelow(set.length)] ?? ''));
    for (let i = 0; i < length; i++) {
      if (chars[i]) continue;
      let c = '';
      for (let tries = 0; tries < 20; tries++) {
        c = pool[randomBelow(pool.length)] ?? '';
        const before = chars.slice(Math.max(0, i - limit), i);
        if (!(before.length >= limit && before.every((b) => b === c))) break;
      }
      chars[i] = c;
    }
    const password = chars.join('');
    if (satisfies(password, { ...rules, required })) return password;
  }
  throw new Error('These password rules cannot be met.');
}

/** Bits of randomness of `generateForRules` output (an honest lower bound: pool^length). */
export function ruleBits(rules: PasswordRules, length: number): number {
  const required = rules.required.length ? rules.required : ['x'.repeat(70)];
  const pool = new Set(rules.allowed + required.join('')).size;
  return length * Math.log2(Math.max(pool, 2));
}
