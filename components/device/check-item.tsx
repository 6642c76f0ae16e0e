import { tDynamic, t } from '@/lib/i18n';
import { checkKeys, type DeviceCheck } from '@/lib/device/checks';
import type { DeviceCheckMark } from '@/lib/plan/records';
import type { StepStatus } from '@/lib/plan/types';
import { formatDate } from '@/lib/ui/format';
import { statusLabel } from '@/lib/ui/labels';

interface Props {
  readonly check: DeviceCheck;
  readonly number: number;
  readonly mark: DeviceCheckMark | undefined;
  readonly onMark: (status: StepStatus | null) => void;
}

const MARKED_KEYS = {
  done: 'stepui_marked_done',
  skipped: 'stepui_marked_skipped',
  na: 'stepui_marked_na',
} as const;

/** One guided check: what to open, what to look for, and its mark (like a plan step). */
export function CheckItem({ check, number, mark, onMark }: Props) {
  const keys = checkKeys(check);
  const title = tDynamic(keys.title);
  const headingId = `check-${check.id}`;
  const status = mark?.status ?? 'todo';
  return (
    <li class={`step step-${status}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span class="step-number">{t('device_check_number', String(number))}</span> {title}
      </h3>
      <p class="step-status">
        <span class={`badge ${status}`}>{statusLabel(status)}</span>
      </p>
      <p>
        <strong>{t('device_check_open')}</strong> {tDynamic(keys.how)}
      </p>
      <p>
        <strong>{t('device_check_look')}</strong> {tDynamic(keys.look)}
      </p>
      {mark ? (
        <div class="step-actions">
          <p role="status">{t(MARKED_KEYS[mark.status], formatDate(mark.at))}</p>
          <button
            type="button"
            onClick={() => onMark(null)}
            aria-label={t('stepui_undo_label', title)}
          >
            {t('stepui_undo')}
          </button>
        </div>
      ) : (
        <div class="step-actions" role="group" aria-label={t('stepui_actions_label', title)}>
          <button type="button" class="primary" onClick={() => onMark('done')}>
            {t('stepui_mark_done')}
          </button>
          <button type="button" onClick={() => onMark('skipped')}>
            {t('stepui_mark_skipped')}
          </button>
          <button type="button" onClick={() => onMark('na')}>
            {t('stepui_mark_na')}
          </button>
        </div>
      )}
    </li>
  );
}
