import type { HistoryHit } from '@/lib/browser-check/history-match';
import type { HistoryReview } from '@/lib/browser-check/reviews';
import { t } from '@/lib/i18n';
import { formatDate } from '@/lib/ui/format';

interface Props {
  readonly hit: HistoryHit;
  readonly apps: HistoryReview['apps'];
  readonly kept: boolean;
  readonly onKeep: () => void;
}

/** What one listed host is: each app's site or server, said plainly. */
function reasons(hit: HistoryHit, apps: HistoryReview['apps']): string[] {
  const said = new Set<string>();
  for (const entry of hit.entries) {
    const app = apps[entry.app];
    if (!app) continue;
    const key =
      entry.kind === 'server'
        ? 'browser_hist_server'
        : app.t === 's'
          ? 'browser_hist_site_stalkerware'
          : 'browser_hist_site_watchware';
    said.add(t(key, app.n));
  }
  return [...said];
}

/** One site on the lists that this browser visited: shown as text, never as a link. */
export function HistoryHitItem({ hit, apps, kept, onKeep }: Props) {
  const headingId = `hit-${hit.host}`;
  return (
    <li class="card history-hit" aria-labelledby={headingId}>
      <h3 id={headingId} class="site-text">
        {hit.host}
      </h3>
      <ul>
        {reasons(hit, apps).map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p>
        {t('browser_hist_visits', [
          hit.lastVisit === undefined ? t('date_unknown') : formatDate(hit.lastVisit),
          String(hit.visits),
        ])}
      </p>
      {kept ? (
        <p role="status">{t('browser_kept')}</p>
      ) : (
        <button type="button" onClick={onKeep} aria-label={t('browser_keep_label', hit.host)}>
          {t('browser_keep')}
        </button>
      )}
    </li>
  );
}
