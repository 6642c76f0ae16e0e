import { t, uiLanguage } from '../i18n';
import { isKnownDate, isScheduleDate } from '../plan/dates';

/** Made once per language: a change of language makes a new one. */
let dateFormat: { readonly locale: string; readonly format: Intl.DateTimeFormat } | undefined;

/**
 * A date something happened (a step marked, a check-up ended), the way the person’s chosen
 * language writes it, e.g. "25 Nov 2026". Never throws:
 * a date that is unknown or cannot be right (9e15, 1e300) reads "an unknown date".
 */
export function formatDate(time: number, now: number = Date.now()): string {
  return isKnownDate(time, now) ? format(time) : t('date_unknown');
}

/**
 * A date something is due, which lies ahead (the next check-up): a date up to a year from now
 * is shown; one that cannot be right reads "an unknown date".
 */
export function formatDueDate(time: number, now: number = Date.now()): string {
  return isScheduleDate(time, now) ? format(time) : t('date_unknown');
}

function format(time: number): string {
  try {
    const locale = uiLanguage();
    if (dateFormat?.locale !== locale)
      dateFormat = { locale, format: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }) };
    return dateFormat.format.format(time);
  } catch {
    return t('date_unknown');
  }
}
