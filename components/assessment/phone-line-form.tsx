import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { type PhoneLine, type PlanOwner } from '@/lib/plan/records';
import { PLAN_OWNERS } from '@/lib/plan/record-choices';
import type { Account } from '@/lib/plan/types';

/** A line as the form gives it: the page adds its id and dates. */
export type NewLine = Omit<PhoneLine, 'id' | 'createdAt' | 'updatedAt'>;

interface Props {
  /** The phone-carrier accounts of the plan, any of which may control the line. */
  readonly carriers: readonly Account[];
  readonly onAdd: (line: NewLine) => void;
  readonly onCancel: () => void;
}

const OWNER_LABELS: Readonly<Record<PlanOwner, MessageKey>> = {
  mine: 'look_line_owner_mine',
  theirs: 'look_line_owner_theirs',
  shared: 'look_line_owner_shared',
  'not-sure': 'look_answer_not_sure',
};

/** Adds a phone line by the person's own name for it (never the number). */
export function PhoneLineForm({ carriers, onAdd, onCancel }: Props) {
  const [label, setLabel] = useState('');
  const [owner, setOwner] = useState<PlanOwner>('not-sure');
  const [carrier, setCarrier] = useState('');
  const [error, setError] = useState(false);
  const add = () => {
    if (!label.trim()) {
      setError(true);
      return;
    }
    onAdd({
      label: label.trim(),
      owner,
      ...(carrier ? { carrierAccountId: carrier } : {}),
    });
  };
  return (
    <fieldset class="stack phone-line-form">
      <legend>{t('look_line_new')}</legend>
      <label for="line-label">{t('look_line_label')}</label>
      <input
        id="line-label"
        autocomplete="off"
        maxLength={200}
        value={label}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby="line-label-hint"
        onInput={(e) => {
          setLabel(e.currentTarget.value);
          setError(false);
        }}
      />
      <p id="line-label-hint" class={error ? 'error' : 'hint'} role={error ? 'alert' : undefined}>
        {error ? t('look_line_label_missing') : t('look_line_label_hint')}
      </p>
      <fieldset class="stack">
        <legend>{t('look_line_owner')}</legend>
        {PLAN_OWNERS.map((o) => (
          <label key={o} class="check">
            <input
              autocomplete="off"
              type="radio"
              name="line-owner"
              checked={owner === o}
              onChange={() => setOwner(o)}
            />
            {t(OWNER_LABELS[o])}
          </label>
        ))}
        <p class="hint">{t('look_line_owner_hint')}</p>
      </fieldset>
      {carriers.length > 0 && (
        <>
          <label for="line-carrier">{t('look_line_carrier')}</label>
          <select
            id="line-carrier"
            autocomplete="off"
            value={carrier}
            onChange={(e) => setCarrier(e.currentTarget.value)}
          >
            <option value="">{t('look_pick_none')}</option>
            {carriers.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </>
      )}
      <div class="form-actions">
        <button type="button" class="primary" onClick={add}>
          {t('look_line_add')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('form_cancel')}
        </button>
      </div>
    </fieldset>
  );
}
