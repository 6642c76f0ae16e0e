import { t, tDynamic } from '@/lib/i18n';
import { deviceStepKeys, type DeviceStep } from '@/lib/device/device-steps';
import type { DeviceStepMark } from '@/lib/device/device-record';
import type { StepStatus } from '@/lib/plan/types';
import { formatDate } from '@/lib/ui/format';
import { statusLabel } from '@/lib/ui/labels';

interface Props {
  readonly step: DeviceStep;
  /** Unique on the page: the device's id. */
  readonly deviceId: string;
  readonly number: number;
  readonly mark: DeviceStepMark | undefined;
  readonly onMark: (status: StepStatus | null) => void;
}

const MARKED_KEYS = {
  done: 'stepui_marked_done',
  skipped: 'stepui_marked_skipped',
  na: 'stepui_marked_na',
} as const;

/**
 * One step of a device: when not to change yet (said first, like a plan step's warning), then
 * how, then its mark.
 */
export function DeviceStepItem({ step, deviceId, number, mark, onMark }: Props) {
  const keys = deviceStepKeys(step);
  const title = tDynamic(keys.title);
  const headingId = `devstep-${deviceId}-${step.id}`;
  const status = mark?.status ?? 'todo';
  return (
    <li class={`step step-${status}`} aria-labelledby={headingId}>
      <h4 id={headingId}>
        <span class="step-number">{t('device_check_number', String(number))}</span> {title}
      </h4>
      <p class="step-status">
        <span class={`badge ${status}`}>{statusLabel(status)}</span>
      </p>
      <p class="warning" role="note">
        <strong>{t('device_step_wait')}</strong> {tDynamic(keys.wait)}
      </p>
      <p>
        <strong>{t('device_step_how')}</strong> {tDynamic(keys.how)}
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
