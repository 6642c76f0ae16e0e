import { t } from '../i18n';
import { tCount } from './plural';

const UNITS: readonly [number, Parameters<typeof t>[0]][] = [
  [60 * 60 * 24 * 365 * 100, 'pw_time_centuries'],
  [60 * 60 * 24 * 365, 'pw_time_years'],
  [60 * 60 * 24 * 30, 'pw_time_months'],
  [60 * 60 * 24, 'pw_time_days'],
  [60 * 60, 'pw_time_hours'],
  [60, 'pw_time_minutes'],
  [1, 'pw_time_seconds'],
];

/** "3 days", "centuries", "less than a second": a time to crack, in plain words. */
export function formatDuration(seconds: number): string {
  if (seconds < 1) return t('pw_time_instant');
  const [size, key] = UNITS.find(([unit]) => seconds >= unit) ?? [1, 'pw_time_seconds'];
  if (key === 'pw_time_centuries') return t(key);
  return tCount(key, Math.round(seconds / size));
}
