import { useState } from 'preact/hooks';
import type { HistoryHit } from '@/lib/browser-check/history-match';
import { reviewHistory, type HistoryReview as Review } from '@/lib/browser-check/reviews';
import { t } from '@/lib/i18n';
import { formatDate } from '@/lib/ui/format';
import { useDeviceRecords } from '../device/device-records';
import { HistoryHitItem } from './history-hit-item';
import { ReviewStatus } from './review-status';
import { useReview } from './use-review';

/**
 * A search of this browser's history, on the device, for the stalkerware sellers' sites and the
 * servers their apps report to. Holds the optional `history` permission only while it runs
 * (unless history clean-up, which needs it too, is on). Nothing is kept unless the person keeps
 * a site as a finding.
 */
export function HistoryReview() {
  const records = useDeviceRecords();
  const review = useReview('history-review', reviewHistory);
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const { state } = review;

  const keep = (hit: HistoryHit, apps: Review['apps']) => {
    const names = [...new Set(hit.entries.map((e) => apps[e.app]?.n ?? ''))].filter(Boolean);
    records.saveFinding({
      source: 'browser-history',
      subject: hit.host,
      matches: names.map((id) => ({ list: 'echap' as const, id })),
      note: '',
      ...(hit.lastVisit !== undefined && { seenAt: hit.lastVisit }),
    });
    setKept(new Set([...kept, hit.host]));
  };

  return (
    <section aria-labelledby="history-review-title" class="stack">
      <h2 id="history-review-title">{t('browser_hist_title')}</h2>
      <p>{t('browser_hist_intro')}</p>
      <ul>
        <li>{t('browser_hist_limit_window')}</li>
        <li>{t('browser_hist_limit_deleted')}</li>
        <li>{t('browser_hist_limit_lists')}</li>
        <li>{t('browser_hist_private')}</li>
      </ul>
      {(state.status === 'idle' || state.status === 'refused' || state.status === 'failed') && (
        <>
          <p class="hint">{t('browser_hist_permission')}</p>
          <div class="form-actions">
            <button type="button" class="primary" onClick={() => void review.start()}>
              {t('browser_hist_start')}
            </button>
          </div>
        </>
      )}
      <ReviewStatus
        state={state}
        running={t('browser_hist_running')}
        refused={t('browser_hist_refused')}
        failed={t('browser_hist_failed')}
        summary={(result: Review) =>
          result.hits.length === 0
            ? t('browser_hist_none', String(result.searched))
            : result.hits.length === 1
              ? t('browser_hist_found_one', String(result.searched))
              : t('browser_hist_found', [String(result.hits.length), String(result.searched)])
        }
      />
      {state.status === 'done' && (
        <>
          {state.result.oldest !== undefined && (
            <p class="muted">{t('browser_hist_since', formatDate(state.result.oldest))}</p>
          )}
          {state.result.cut && <p class="warning">{t('browser_hist_cut')}</p>}
          {state.result.hits.length > 0 && (
            <>
              <p>{t('browser_hist_meaning')}</p>
              <ul class="history-hits">
                {state.result.hits.map((hit) => (
                  <HistoryHitItem
                    key={hit.host}
                    hit={hit}
                    apps={state.result.apps}
                    kept={kept.has(hit.host)}
                    onKeep={() => keep(hit, state.result.apps)}
                  />
                ))}
              </ul>
            </>
          )}
          <div class="form-actions">
            <button type="button" onClick={review.finish}>
              {t('browser_done')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
