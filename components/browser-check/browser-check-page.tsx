import { t } from '@/lib/i18n';
import { FindingsList } from '../device/findings-list';
import { ExtensionReview } from './extension-review';
import { HistoryReview } from './history-review';

/**
 * This browser: its other extensions and its history, reviewed on the device, each holding its
 * optional permission only while it runs, each saying what it cannot see.
 */
export function BrowserCheckPage() {
  return (
    <section aria-labelledby="browser-check-heading" class="stack">
      <h1 id="browser-check-heading">{t('browser_title')}</h1>
      <p>{t('browser_intro')}</p>
      <p class="warning" role="note">
        <strong>{t('browser_warning_title')}</strong> {t('browser_warning_body')}
      </p>
      <ExtensionReview />
      <HistoryReview />
      <FindingsList />
    </section>
  );
}
