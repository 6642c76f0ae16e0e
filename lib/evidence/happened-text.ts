const WHEN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/**
 * When an entry happened, as the person picked it (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, a local
 * time with no zone: lib/evidence/entry.ts), written the way `locale` writes dates, e.g.
 * "Nov 30, 2026, 11:10 PM" or "30 nov 2026, 23:10"; the date alone when no time was picked.
 * Pure. The picked wall-clock time is formatted in UTC so that no time zone moves it. A value it
 * cannot read (or a locale Intl refuses) is shown as stored, with a space for the `T`.
 */
export function happenedText(when: string, locale: string): string {
  const asStored = when.replace('T', ' ');
  const parts = WHEN.exec(when);
  if (!parts) return asStored;
  const [year, month, day, hour, minute] = parts.slice(1).map((n) => (n ? Number(n) : undefined));
  if (year === undefined || month === undefined || day === undefined) return asStored;
  const time = Date.UTC(year, month - 1, day, hour ?? 0, minute ?? 0);
  const at = new Date(time);
  // 2026-02-30 or 10:75 would roll over: such a time is not a time.
  const rolled = at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day;
  if (rolled || (hour ?? 0) > 23 || (minute ?? 0) > 59) return asStored;
  try {
    const style = hour === undefined ? {} : { timeStyle: 'short' as const };
    return new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      ...style,
      timeZone: 'UTC',
    }).format(time);
  } catch {
    return asStored;
  }
}
