import { tDynamic, t } from '@/lib/i18n';
import { checkKeys, type DeviceCheck } from '@/lib/device/checks';
import type { DeviceCheckMark } from '@/lib/plan/records';
import type { StepStatus } from '@/lib/plan/types';
import { MarkedStepItem } from './marked-step-item';

interface Props {
  readonly check: DeviceCheck;
  readonly number: number;
  readonly mark: DeviceCheckMark | undefined;
  readonly onMark: (status: StepStatus | null) => void;
}

/** One guided check: what to open, what to look for, and its mark (like a plan step). */
export function CheckItem({ check, number, mark, onMark }: Props) {
  const keys = checkKeys(check);
  return (
    <MarkedStepItem
      headingId={`check-${check.id}`}
      level="h3"
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
