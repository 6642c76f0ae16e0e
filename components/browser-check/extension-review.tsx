import type { ExtensionReview as Review } from '@/lib/browser-check/extension-risks';
import { reviewOtherExtensions } from '@/lib/browser-check/reviews';
import { removeExtension } from '@/lib/browser/extensions';
import { t } from '@/lib/i18n';
import { useDeviceRecords } from '../device/device-records';
import { ExtensionItem } from './extension-item';
import { keptSubjects } from './kept';
import { ReviewSection } from './review-section';
import { useReview } from './use-review';

function summary(list: readonly Review[]): string {
  if (list.length === 0) return t('browser_ext_none');
  return list.length === 1
    ? t('browser_ext_count_one')
    : t('browser_ext_count', String(list.length));
}

/**
 * The other extensions of this browser, each flagged in plain words: access to every site,
 * sensitive permissions, installed by policy, outside a store or by hand, turned off but there.
 * Holds the optional `management` permission only while it runs.
 */
export function ExtensionReview() {
  const records = useDeviceRecords();
  const review = useReview('extension-review', reviewOtherExtensions);
  // Kept means on the plan now: a finding removed from the list can be kept again.
  const kept = keptSubjects(records.findings.value, 'browser-extension');
  const keep = (item: Review) =>
    records.saveFinding({ source: 'browser-extension', subject: item.name, matches: [], note: '' });
  const remove = async (item: Review) => {
    const removed = await removeExtension(item.id);
    if (removed) await review.refresh();
    return removed;
  };

  return (
    <ReviewSection
      id="ext-review-title"
      title={t('browser_ext_title')}
      intro={t('browser_ext_intro')}
      limits={[t('browser_ext_limit_see'), t('browser_ext_limit_proof')]}
      permission={t('browser_ext_permission')}
      start={t('browser_ext_start')}
      review={review}
      running={t('browser_ext_running')}
      refused={t('browser_ext_refused')}
      failed={t('browser_ext_failed')}
      summary={summary}
    >
      {(list) =>
        list.length > 0 && (
          <ul class="extension-list">
            {list.map((item) => (
              <ExtensionItem
                key={item.id}
                review={item}
                kept={kept.has(item.name)}
                onKeep={() => keep(item)}
                onRemove={() => remove(item)}
              />
            ))}
          </ul>
        )
      }
    </ReviewSection>
  );
}
