import { t, uiLanguage, type MessageKey } from '../i18n';

/**
 * Messages with a count, and their form for exactly one. The browser's i18n has no plurals,
 * so each pair lives in the catalogue ("1 minute" beside "$1 minutes"; issue 26: "1 minutes ago").
 */
const ONE: Partial<Record<MessageKey, MessageKey>> = {
  pw_time_seconds: 'pw_time_seconds_one',
  pw_time_minutes: 'pw_time_minutes_one',
  pw_time_hours: 'pw_time_hours_one',
  pw_time_days: 'pw_time_days_one',
  pw_time_months: 'pw_time_months_one',
  pw_time_years: 'pw_time_years_one',
  session_banner: 'session_banner_one',
  session_banner_discreet: 'session_banner_one_discreet',
  lock_idle_minutes: 'lock_idle_minutes_one',
};

/** Made once per language: a change of language makes new rules. */
let rules: { readonly locale: string; readonly rules: Intl.PluralRules } | undefined;

/** The language's plural category for `count` ("one", "other"…). */
function pluralOf(count: number): Intl.LDMLPluralRule {
  const locale = uiLanguage();
  if (rules?.locale !== locale) rules = { locale, rules: new Intl.PluralRules(locale) };
  return rules.rules.select(count);
}

/** True where the language's plural rules put `count` in the "one" form (English: 1 only). */
export const isOne = (count: number): boolean => pluralOf(count) === 'one';

/**
 * `key` with `count` put in ("5 minutes"), or its form for one ("1 minute") where the language's
 * plural rules (Intl.PluralRules) call `count` "one" and the key has that form.
 */
export function tCount(key: MessageKey, count: number): string {
  const one = ONE[key];
  return one && isOne(count) ? t(one) : t(key, String(count));
}
