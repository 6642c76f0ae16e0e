import { t, uiLanguage } from '../i18n';
import { isKnownDate } from '../plan/dates';

let dateFormat: Intl.DateTimeFormat | undefined;

/**
 * A date the way the person's browser language writes it, e.g. "25 Nov 2026". Never throws:
 * a date that is unknown or cannot be right (9e15, 1e300) reads "an unknown date".
 */
export function formatDate(time: number, now: number = Date.now()): string {
  if (!isKnownDate(time, now)) return t('date_unknown');
  try {
    dateFormat ??= new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' });
    return dateFormat.format(time);
  } catch {
    return t('date_unknown');
  }
}
