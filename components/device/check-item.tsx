import { tDynamic, t } from '@/lib/i18n';
import { checkKeys, type DeviceCheck } from '@/lib/device/checks';
import type { DeviceStepMark } from '@/lib/device/device-record';
import type { StepStatus } from '@/lib/plan/types';
import { MarkedStepItem } from './marked-step-item';

interface Props {
  readonly check: DeviceCheck;
  /** Unique on the page: the device's id. */
  readonly deviceId: string;
  readonly number: number;
  readonly mark: DeviceStepMark | undefined;
  readonly onMark: (status: StepStatus | null) => void;
}

/** One guided check of a device: what to open, what to look for, and its mark (like a step). */
export function CheckItem({ check, deviceId, number, mark, onMark }: Props) {
  const keys = checkKeys(check);
  return (
    <MarkedStepItem
      headingId={`check-${deviceId}-${check.id}`}
      level="h4"
      number={number}
      title={tDynamic(keys.title)}
      mark={mark}
      onMark={onMark}
    >
      <p>
        <strong>{t('device_check_open')}</strong> {tDynamic(keys.how)}
      </p>
      <p>
        <strong>{t('device_check_look')}</strong> {tDynamic(keys.look)}
      </p>
    </MarkedStepItem>
  );
}
