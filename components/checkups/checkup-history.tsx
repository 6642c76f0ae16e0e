import { t } from '@/lib/i18n';
import type { CheckUp } from '@/lib/plan/records';
import { formatDate } from '@/lib/ui/format';

/** Each finished check-up: an inline SVG timeline, and the same as a list (its text alternative). */
export function CheckUpHistory({ history }: { history: readonly CheckUp[] }) {
  if (history.length === 0) return <p>{t('checkup_history_empty')}</p>;
  const times = history.map((c) => c.endedAt ?? 0);
  const first = Math.min(...times);
  const span = Math.max(1, Math.max(...times) - first);
  return (
    <section aria-labelledby="checkup-history-heading">
      <h2 id="checkup-history-heading">{t('checkup_history_heading')}</h2>
      <svg
        role="img"
        aria-labelledby="checkup-timeline-title"
        viewBox="0 0 300 30"
        width="300"
        height="30"
      >
        <title id="checkup-timeline-title">
          {t('checkup_timeline_alt', String(history.length))}
        </title>
        <line x1="10" y1="15" x2="290" y2="15" stroke="currentColor" />
        {history.map((c) => {
          const fixed = c.items.some((i) => i.outcome === 'fixed');
          return (
            <circle
              key={c.id}
              cx={10 + (((c.endedAt ?? 0) - first) / span) * 280}
              cy="15"
              r="5"
              fill={fixed ? 'currentColor' : 'white'}
              stroke="currentColor"
            />
          );
        })}
      </svg>
      <ol class="checkup-history">
        {history.map((c) => {
          const fixed = c.items.filter((i) => i.outcome === 'fixed');
          return (
            <li key={c.id}>
              {summary(c, fixed.length)}
              {fixed.length > 0 && (
                <ul>
                  {fixed.map((i) => (
                    <li key={i.key}>{i.found || t('checkup_found_unnamed')}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** What a check-up found, counted honestly: skipped items are named as skipped. */
function summary(checkUp: CheckUp, fixed: number): string {
  const count = (outcome: string) => checkUp.items.filter((i) => i.outcome === outcome).length;
  const date = formatDate(checkUp.endedAt ?? 0);
  const fine = String(count('confirmed'));
  const skipped = count('skipped');
  return skipped > 0
    ? t('checkup_history_entry_skipped', [date, fine, String(fixed), String(skipped)])
    : t('checkup_history_entry', [date, fine, String(fixed)]);
}
