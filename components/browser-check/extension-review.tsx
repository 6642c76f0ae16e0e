import { useState } from 'preact/hooks';
import type { ExtensionReview as Review } from '@/lib/browser-check/extension-risks';
import { reviewOtherExtensions } from '@/lib/browser-check/reviews';
import { removeExtension } from '@/lib/browser/extensions';
import { t } from '@/lib/i18n';
import { useDeviceRecords } from '../device/device-records';
import { ExtensionItem } from './extension-item';
import { ReviewStatus } from './review-status';
import { useReview } from './use-review';

/**
 * The other extensions of this browser, each flagged in plain words: access to every site,
 * sensitive permissions, installed by policy, outside a store or by hand, turned off but there.
 * Holds the optional `management` permission only while it runs.
 */
export function ExtensionReview() {
  const records = useDeviceRecords();
  const review = useReview('extension-review', reviewOtherExtensions);
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const { state } = review;

  const keep = (item: Review) => {
    records.saveFinding({ source: 'browser-extension', subject: item.name, matches: [], note: '' });
    setKept(new Set([...kept, item.id]));
  };
  const remove = async (item: Review) => {
    const removed = await removeExtension(item.id);
    if (removed) await review.refresh();
    return removed;
  };

  return (
    <section aria-labelledby="ext-review-title" class="stack">
      <h2 id="ext-review-title">{t('browser_ext_title')}</h2>
      <p>{t('browser_ext_intro')}</p>
      <ul>
        <li>{t('browser_ext_limit_see')}</li>
        <li>{t('browser_ext_limit_proof')}</li>
      </ul>
      {(state.status === 'idle' || state.status === 'refused' || state.status === 'failed') && (
        <>
          <p class="hint">{t('browser_ext_permission')}</p>
          <div class="form-actions">
            <button type="button" class="primary" onClick={() => void review.start()}>
              {t('browser_ext_start')}
            </button>
          </div>
        </>
      )}
      <ReviewStatus
        state={state}
        running={t('browser_ext_running')}
        refused={t('browser_ext_refused')}
        failed={t('browser_ext_failed')}
        summary={(list: readonly Review[]) =>
          list.length === 0
            ? t('browser_ext_none')
            : list.length === 1
              ? t('browser_ext_count_one')
              : t('browser_ext_count', String(list.length))
        }
      />
      {state.status === 'done' && (
        <>
          {state.result.length > 0 && (
            <ul class="extension-list">
              {state.result.map((item) => (
                <ExtensionItem
                  key={item.id}
                  review={item}
                  kept={kept.has(item.id)}
                  onKeep={() => keep(item)}
                  onRemove={() => remove(item)}
                />
              ))}
            </ul>
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
