import { useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { PhoneLine } from '@/lib/plan/records';
import type { Account } from '@/lib/plan/types';
import { PhoneLineForm, type NewLine } from './phone-line-form';
import { usePlanStore } from '../common/store-context';

interface Props {
  readonly lines: readonly PhoneLine[];
  /** The plan's phone carriers, offered for a new line. */
  readonly carriers: readonly Account[];
  readonly value: string | undefined;
  readonly onChange: (lineId: string) => void;
}

/** Which phone line gets the account's codes: one of the plan's lines, or a new one added here. */
export function RecoveryLineQuestion({ lines, carriers, value, onChange }: Props) {
  const store = usePlanStore();
  const [adding, setAdding] = useState(false);
  const lineSelect = useRef<HTMLSelectElement>(null);

  const addLine = (line: NewLine) => {
    const now = Date.now();
    const id = crypto.randomUUID();
    void store.saveRecord('phone-line', { ...line, id, createdAt: now, updatedAt: now });
    onChange(id);
    setAdding(false);
    requestAnimationFrame(() => lineSelect.current?.focus());
  };

  return (
    <fieldset class="stack look-question">
      <legend>{t('look_q_recovery_phone')}</legend>
      <p class="hint">{t('look_q_recovery_phone_hint')}</p>
      <label for="look-recovery-phone">{t('look_pick_line')}</label>
      <select
        id="look-recovery-phone"
        ref={lineSelect}
        autocomplete="off"
        value={value ?? ''}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="">{t('look_pick_none')}</option>
        {lines.map((l) => (
          <option key={l.id} value={l.id}>
            {l.label}
          </option>
        ))}
      </select>
      {adding ? (
        <PhoneLineForm carriers={carriers} onAdd={addLine} onCancel={() => setAdding(false)} />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          {t('look_line_new')}
        </button>
      )}
    </fieldset>
  );
}
