import { t } from '@/lib/i18n';
import { mayBeKnown, type DeviceRecord } from '@/lib/device/device-record';
import { checksForDevice } from '@/lib/device/checks';
import { stepsForDevice } from '@/lib/device/device-steps';
import type { StepStatus } from '@/lib/plan/types';
import { KIND_LABELS } from './device-choices';
import { CheckItem } from './check-item';
import { DeviceStepItem } from './device-step-item';

interface Props {
  readonly device: DeviceRecord;
  readonly onEdit: () => void;
  readonly onRemove: () => void;
  readonly onMark: (stepId: string, status: StepStatus | null) => void;
}

/**
 * One device: its name and kind, a word when they may know it, its steps and then its kind's
 * guided checks, with their marks.
 */
export function DeviceCard({ device, onEdit, onRemove, onMark }: Props) {
  const steps = stepsForDevice(device.kind);
  const checks = checksForDevice(device.kind);
  const markOf = (id: string) => device.marks.find((m) => m.stepId === id);
  const ids = [...steps, ...checks].map((s) => s.id);
  const marked = ids.filter((id) => markOf(id)).length;
  const headingId = `device-${device.id}-heading`;
  return (
    <li class="card device-record" aria-labelledby={headingId}>
      <h3 id={headingId}>{device.label}</h3>
      <p class="muted">{t(KIND_LABELS[device.kind])}</p>
      {mayBeKnown(device) && <p class="warning">{t('device_may_be_known')}</p>}
      <p class="form-actions">
        <button type="button" onClick={onEdit} aria-label={t('device_edit_label', device.label)}>
          {t('device_edit')}
        </button>
        <button
          type="button"
          onClick={onRemove}
          aria-label={t('device_remove_label', device.label)}
        >
          {t('device_remove')}
        </button>
      </p>
      <section aria-label={t('device_steps_title', device.label)}>
        <p class="muted">
          {t('device_checks_progress', [String(marked), String(ids.length)])}{' '}
          {t('device_check_names_note')}
        </p>
        <ol class="steps">
          {steps.map((step, i) => (
            <DeviceStepItem
              key={step.id}
              step={step}
              deviceId={device.id}
              number={i + 1}
              mark={markOf(step.id)}
              onMark={(status) => onMark(step.id, status)}
            />
          ))}
          {checks.map((check, i) => (
            <CheckItem
              key={check.id}
              check={check}
              deviceId={device.id}
              number={steps.length + i + 1}
              mark={markOf(check.id)}
              onMark={(status) => onMark(check.id, status)}
            />
          ))}
        </ol>
      </section>
    </li>
  );
}
