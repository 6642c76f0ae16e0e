import { t } from '@/lib/i18n';
import { DEVICE_CHECKS } from '@/lib/device/checks';
import type { DeviceKind } from '@/lib/plan/records';
import { CheckItem } from './check-item';
import { useDeviceRecords } from './device-records';

/** The guided checks of one device, each marked done, skipped or not applicable. */
export function DeviceChecks({ device }: { readonly device: DeviceKind }) {
  const records = useDeviceRecords();
  const checks = DEVICE_CHECKS[device];
  const marks = records.marks.value.filter((m) => m.device === device);
  const marked = checks.filter((c) => marks.some((m) => m.checkId === c.id)).length;
  return (
    <section aria-labelledby="device-checks-heading">
      <h2 id="device-checks-heading">{t('device_checks_title')}</h2>
      <p class="muted">
        {t('device_checks_progress', [String(marked), String(checks.length)])}{' '}
        {t('device_check_names_note')}
      </p>
      <ol class="steps">
        {checks.map((check, index) => (
          <CheckItem
            key={`${device}-${check.id}`}
            check={check}
            number={index + 1}
            mark={marks.find((m) => m.checkId === check.id)}
            onMark={(status) => records.mark(device, check.id, status)}
          />
        ))}
      </ol>
    </section>
  );
}
