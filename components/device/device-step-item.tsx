import { t, tDynamic } from '@/lib/i18n';
import { deviceStepKeys, type DeviceStep } from '@/lib/device/device-steps';
import type { DeviceStepMark } from '@/lib/device/device-record';
import type { StepStatus } from '@/lib/plan/types';
import { MarkedStepItem } from './marked-step-item';

interface Props {
  readonly step: DeviceStep;
  /** Unique on the page: the device's id. */
  readonly deviceId: string;
  readonly number: number;
  readonly mark: DeviceStepMark | undefined;
  readonly onMark: (status: StepStatus | null) => void;
}

/**
 * One step of a device: when not to change yet (said first, like a plan step's warning), then
 * how, then its mark.
 */
export function DeviceStepItem({ step, deviceId, number, mark, onMark }: Props) {
  const keys = deviceStepKeys(step);
  return (
    <MarkedStepItem
      headingId={`devstep-${deviceId}-${step.id}`}
      level="h4"
      number={number}
      title={tDynamic(keys.title)}
      mark={mark}
      onMark={onMark}
    >
      <p class="warning" role="note">
        <strong>{t('device_step_wait')}</strong> {tDynamic(keys.wait)}
      </p>
      <p>
        <strong>{t('device_step_how')}</strong> {tDynamic(keys.how)}
      </p>
    </MarkedStepItem>
  );
}
