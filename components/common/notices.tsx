import { t, type MessageKey } from '@/lib/i18n';
import type { Notice } from '@/lib/state/plan-store';

const TEXT: Record<Notice, { title: MessageKey; body: MessageKey; dismissable: boolean }> = {
  'memory-only': { title: 'notice_memory_title', body: 'notice_memory_body', dismissable: false },
  'skipped-records': {
    title: 'notice_skipped_title',
    body: 'notice_skipped_body',
    dismissable: true,
  },
  'save-failed': {
    title: 'notice_save_failed_title',
    body: 'notice_save_failed_body',
    dismissable: true,
  },
  blocked: { title: 'notice_blocked_title', body: 'notice_blocked_body', dismissable: false },
  'reload-needed': { title: 'notice_reload_title', body: 'notice_reload_body', dismissable: false },
};

interface Props {
  readonly notices: ReadonlySet<Notice>;
  readonly skipped: number;
  readonly onDismiss: (notice: Notice) => void;
}

/** Banners for what went wrong or what is different, each saying what to do next. */
export function Notices({ notices, skipped, onDismiss }: Props) {
  if (notices.size === 0) return null;
  return (
    <div class="notices">
      {[...notices].map((notice) => {
        const text = TEXT[notice];
        return (
          <div key={notice} class={`notice notice-${notice}`} role="alert">
            <p>
              <strong>{t(text.title)}</strong> {t(text.body, String(skipped))}
            </p>
            {notice === 'reload-needed' && (
              <button type="button" onClick={() => location.reload()}>
                {t('notice_reload_button')}
              </button>
            )}
            {text.dismissable && (
              <button type="button" onClick={() => onDismiss(notice)}>
                {t('notice_dismiss')}
              </button>
            )}
          </div>
        );
      })}
    </div>
  );
}
