import { t, type MessageKey } from '../i18n';
import { CLASSES, PRINTABLE, type PasswordRules } from '../passwords/rules';

const CLASS_WORDS: Readonly<Record<string, MessageKey>> = {
  lower: 'pw_rules_lower',
  upper: 'pw_rules_upper',
  digit: 'pw_rules_digit',
  special: 'pw_rules_special',
};

/** "a, b or c" / "a, b and c". */
function list(items: readonly string[], last: MessageKey): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${t(last)} ${items.at(-1) ?? ''}`;
}

/** A set of characters in words: the classes it is made of, or its characters as they are. */
function setWords(set: string): string {
  const names = Object.keys(CLASSES).filter((name) =>
    [...(CLASSES[name] ?? '')].every((c) => set.includes(c)),
  );
  const covered = names.map((name) => CLASSES[name] ?? '').join('');
  if (names.length > 0 && [...set].every((c) => covered.includes(c)))
    return list(
      names.map((name) => t(CLASS_WORDS[name] ?? 'pw_rules_special')),
      'pw_rules_or',
    );
  return t('pw_rules_chars', [...set].join(' '));
}

/**
 * A site's password rules in plain words, not their raw syntax (issue 26, bug 9):
 * "8 to 64 characters. It needs a small letter and a number. …"
 */
export function ruleText(rules: PasswordRules): string {
  const out: string[] = [];
  const { minLength: min, maxLength: max } = rules;
  if (min && max) out.push(t('pw_rules_length_range', [String(min), String(max)]));
  else if (min) out.push(t('pw_rules_length_min', String(min)));
  else if (max) out.push(t('pw_rules_length_max', String(max)));
  if (rules.required.length > 0)
    out.push(t('pw_rules_needs', list(rules.required.map(setWords), 'pw_rules_and')));
  const pool = rules.allowed + rules.required.join('');
  if (pool && [...PRINTABLE].some((c) => !pool.includes(c)))
    out.push(t('pw_rules_only', setWords([...new Set(pool)].join(''))));
  if (rules.maxConsecutive) out.push(t('pw_rules_repeat', String(rules.maxConsecutive)));
  return out.join(' ');
}
