import { t } from '@/lib/i18n';

interface Props {
  readonly onRetry: () => void;
}

/** Shown in place of every page when the plan could not be read: says so and offers a retry. */
export function LoadFailed({ onRetry }: Props) {
  return (
    <section class="empty" role="alert">
      <h1>{t('load_failed_title')}</h1>
      <p>{t('load_failed_body')}</p>
      <button type="button" onClick={onRetry}>
        {t('load_failed_retry')}
      </button>
    </section>
  );
}
