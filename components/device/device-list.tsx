import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { DeviceRecord } from '@/lib/device/device-record';
import type { StepStatus } from '@/lib/plan/types';
import { DeviceCard } from './device-card';
import { DeviceForm, type DeviceDraft } from './device-form';
import { useDeviceRecords } from './device-records';
import { MovedMarksNote } from './moved-marks-note';

interface Props {
  readonly now?: () => number;
  readonly newId?: () => string;
}

/** "Your devices": add, change and remove the person's devices, each with its own steps. */
export function DeviceList({ now = Date.now, newId = () => crypto.randomUUID() }: Props) {
  const records = useDeviceRecords();
  const devices = records.devices.value;
  // null: no form; 'new': adding; else the id of the device being changed.
  const [editing, setEditing] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const save = (draft: DeviceDraft, was?: DeviceRecord) => {
    const at = now();
    const base = was ?? { id: newId(), marks: [], createdAt: at };
    records.saveDevice({
      ...draft,
      id: base.id,
      marks: base.marks,
      createdAt: base.createdAt,
      updatedAt: at,
    });
    setEditing(null);
    setSaid(t('device_saved', draft.label));
  };
  const mark = (device: DeviceRecord, stepId: string, status: StepStatus | null) => {
    const at = now();
    const others = device.marks.filter((m) => m.stepId !== stepId);
    const marks = status ? [...others, { stepId, status, at }] : others;
    records.saveDevice({ ...device, marks, updatedAt: at });
  };
  const remove = (device: DeviceRecord) => {
    records.removeDevice(device.id);
    setSaid(t('device_removed', device.label));
    document.getElementById('device-add')?.focus();
  };
  const changing = devices.find((d) => d.id === editing);
  return (
    <section aria-labelledby="device-records-heading">
      <h2 id="device-records-heading">{t('device_records_title')}</h2>
      <p>{t('device_records_intro')}</p>
      <MovedMarksNote />
      <p role="status" class="visually-hidden">
        {said}
      </p>
      {devices.length === 0 && <p class="muted">{t('device_records_empty')}</p>}
      <ul class="device-records">
        {devices.map((device) =>
          device.id === editing && changing ? (
            <li key={device.id}>
              <DeviceForm
                device={changing}
                links={records.links.value}
                onSave={(draft) => save(draft, changing)}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <DeviceCard
              key={device.id}
              device={device}
              onEdit={() => setEditing(device.id)}
              onRemove={() => remove(device)}
              onMark={(stepId, status) => mark(device, stepId, status)}
            />
          ),
        )}
      </ul>
      {editing === 'new' ? (
        <DeviceForm
          links={records.links.value}
          onSave={(draft) => save(draft)}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button type="button" id="device-add" onClick={() => setEditing('new')}>
          {t('device_add')}
        </button>
      )}
    </section>
  );
}
