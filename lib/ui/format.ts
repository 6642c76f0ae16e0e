import { uiLanguage } from '../i18n';

let dateFormat: Intl.DateTimeFormat | undefined;

/** A date the way the person's browser language writes it, e.g. "25 Nov 2026". */
export function formatDate(time: number): string {
  dateFormat ??= new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' });
  return dateFormat.format(time);
}
