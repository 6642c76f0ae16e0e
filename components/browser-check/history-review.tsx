import type { HistoryHit } from '@/lib/browser-check/history-match';
import { reviewHistory, type HistoryReview as Review } from '@/lib/browser-check/reviews';
import { t } from '@/lib/i18n';
import { formatDate } from '@/lib/ui/format';
import { useDeviceRecords } from '../device/device-records';
import { HistoryHitItem } from './history-hit-item';
import { keptSubjects } from './kept';
import { ReviewSection } from './review-section';
import { useReview } from './use-review';

function summary(result: Review): string {
  const { hits, searched } = result;
  if (hits.length === 0) return t('browser_hist_none', String(searched));
  if (hits.length === 1) return t('browser_hist_found_one', String(searched));
  return t('browser_hist_found', [String(hits.length), String(searched)]);
}

/**
 * A search of this browser's history, on the device, for the stalkerware sellers' sites and the
 * servers their apps report to. Holds the optional `history` permission only while it runs
 * (unless history clean-up, which needs it too, is on). Nothing is kept unless the person keeps
 * a site as a finding.
 */
export function HistoryReview() {
  const records = useDeviceRecords();
  const review = useReview('history-review', reviewHistory);
  // Kept means on the plan now: a finding removed from the list can be kept again.
  const kept = keptSubjects(records.findings.value, 'browser-history');

  const keep = (hit: HistoryHit, apps: Review['apps']) => {
    const names = [...new Set(hit.entries.map((e) => apps[e.app]?.n ?? ''))].filter(Boolean);
    records.saveFinding({
      source: 'browser-history',
      subject: hit.host,
      matches: names.map((id) => ({ list: 'echap' as const, id })),
      note: '',
      ...(hit.lastVisit !== undefined && { seenAt: hit.lastVisit }),
    });
  };

  return (
    <ReviewSection
      id="history-review-title"
      title={t('browser_hist_title')}
      intro={t('browser_hist_intro')}
      limits={[
        t('browser_hist_limit_window'),
        t('browser_hist_limit_deleted'),
        t('browser_hist_limit_lists'),
        t('browser_hist_private'),
      ]}
      permission={t('browser_hist_permission')}
      start={t('browser_hist_start')}
      review={review}
      running={t('browser_hist_running')}
      refused={t('browser_hist_refused')}
      failed={t('browser_hist_failed')}
      summary={summary}
    >
      {(result) => (
        <>
          {result.oldest !== undefined && (
            <p class="muted">{t('browser_hist_since', formatDate(result.oldest))}</p>
          )}
          {result.cut && <p class="warning">{t('browser_hist_cut')}</p>}
          {result.hits.length > 0 && (
            <>
              <p>{t('browser_hist_meaning')}</p>
              <ul class="history-hits">
                {result.hits.map((hit) => (
                  <HistoryHitItem
                    key={hit.host}
                    hit={hit}
                    apps={result.apps}
                    kept={kept.has(hit.host)}
                    onKeep={() => keep(hit, result.apps)}
                  />
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </ReviewSection>
  );
}
