import { t, type MessageKey } from '../i18n';

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

/** `key` with `count` put in ("5 minutes"), or its form for one ("1 minute") when there is one. */
export function tCount(key: MessageKey, count: number): string {
  const one = ONE[key];
  return count === 1 && one ? t(one) : t(key, String(count));
}
