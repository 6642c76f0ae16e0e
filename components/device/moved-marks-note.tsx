import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { useDeviceRecords } from './device-records';

/**
 * Says once where the old check marks went ("We moved your earlier check marks to “Android
 * phone”…"): the device's `marksMoved` is cleared as soon as it is said.
 */
export function MovedMarksNote() {
  const records = useDeviceRecords();
  const [said, setSaid] = useState<readonly string[]>([]);
  const moved = records.devices.value.filter((d) => d.marksMoved);
  useEffect(() => {
    if (moved.length === 0) return;
    setSaid((before) => [...before, ...moved.map((d) => t('device_marks_moved', d.label))]);
    for (const device of moved) records.saveDevice({ ...device, marksMoved: undefined });
  }, [moved.map((d) => d.id).join('\n')]);
  if (said.length === 0) return null;
  return (
    <div class="notice" role="status">
      {said.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </div>
  );
}
