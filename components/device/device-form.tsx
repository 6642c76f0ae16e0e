import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import {
  DEVICE_RECORD_KINDS,
  PASSCODE_KNOWN,
  SET_UP_BY,
  SHARED_ACCOUNT,
  type DeviceRecord,
  type DeviceRecordKind,
} from '@/lib/device/device-record';
import { HOLDERS } from '@/lib/plan/record-choices';
import { ChoiceGroup } from './choice-group';
import * as L from './device-choices';
import type { DeviceLinks } from './device-records';

/** A device as the form gives it: the list adds its id, marks and dates. */
export type DeviceDraft = Omit<DeviceRecord, 'id' | 'marks' | 'createdAt' | 'updatedAt'>;

interface Props {
  /** The device being changed; a new one when left out. */
  readonly device?: DeviceRecord;
  readonly links: DeviceLinks;
  readonly onSave: (draft: DeviceDraft) => void;
  readonly onCancel: () => void;
}

const BLANK: DeviceDraft = {
  label: '',
  kind: 'iphone',
  holder: 'me',
  setUpBy: 'not-sure',
  passcodeKnown: 'not-sure',
  sharedAccount: 'not-sure',
  signedInIds: [],
};

/** Adds or changes a device by the person's own name for it; nothing is kept until saved. */
export function DeviceForm({ device, links, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<DeviceDraft>(device ?? BLANK);
  const [error, setError] = useState(false);
  const set = (change: Partial<DeviceDraft>) => setDraft((d) => ({ ...d, ...change }));
  const save = () => {
    if (!draft.label.trim()) {
      setError(true);
      document.getElementById('device-label')?.focus();
      return;
    }
    const { lineId, ...rest } = draft;
    const signedInIds = draft.signedInIds.filter((id) => links.accounts.some((a) => a.id === id));
    onSave({ ...rest, label: draft.label.trim(), signedInIds, ...(lineId ? { lineId } : {}) });
  };
  const toggle = (id: string, on: boolean) =>
    set({
      signedInIds: on ? [...draft.signedInIds, id] : draft.signedInIds.filter((x) => x !== id),
    });
  return (
    <fieldset class="stack device-form">
      <legend>{device ? t('device_form_edit', device.label) : t('device_form_new')}</legend>
      <label for="device-label">{t('device_label')}</label>
      <input
        id="device-label"
        autocomplete="off"
        maxLength={200}
        value={draft.label}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby="device-label-hint"
        onInput={(e) => {
          set({ label: e.currentTarget.value });
          setError(false);
        }}
      />
      <p id="device-label-hint" class={error ? 'error' : 'hint'} role={error ? 'alert' : undefined}>
        {error ? t('device_label_missing') : t('device_label_hint')}
      </p>
      <label for="device-kind">{t('device_kind_label')}</label>
      <select
        id="device-kind"
        autocomplete="off"
        value={draft.kind}
        onChange={(e) => set({ kind: e.currentTarget.value as DeviceRecordKind })}
      >
        {DEVICE_RECORD_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(L.KIND_LABELS[k])}
          </option>
        ))}
      </select>
      <AnswerFields draft={draft} set={set} />
      <LinkFields
        draft={draft}
        links={links}
        onLine={(lineId) => set({ lineId })}
        onAccount={toggle}
      />
      <div class="form-actions">
        <button type="button" class="primary" onClick={save}>
          {t('device_save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('form_cancel')}
        </button>
      </div>
    </fieldset>
  );
}

interface AnswerProps {
  readonly draft: DeviceDraft;
  readonly set: (change: Partial<DeviceDraft>) => void;
}

/** Who has it, who set it up, the passcode, and the Apple or Google account. */
function AnswerFields({ draft, set }: AnswerProps) {
  return (
    <>
      <ChoiceGroup
        name="device-holder"
        legend="device_holder"
        choices={HOLDERS}
        labels={L.HOLDER_LABELS}
        value={draft.holder}
        onChange={(holder) => set({ holder })}
      />
      <ChoiceGroup
        name="device-set-up"
        legend="device_set_up_by"
        choices={SET_UP_BY}
        labels={L.SET_UP_LABELS}
        value={draft.setUpBy}
        onChange={(setUpBy) => set({ setUpBy })}
      />
      <ChoiceGroup
        name="device-passcode"
        legend="device_passcode_known"
        choices={PASSCODE_KNOWN}
        labels={L.PASSCODE_LABELS}
        value={draft.passcodeKnown}
        onChange={(passcodeKnown) => set({ passcodeKnown })}
      />
      <ChoiceGroup
        name="device-shared"
        legend="device_shared_account"
        choices={SHARED_ACCOUNT}
        labels={L.SHARED_LABELS}
        value={draft.sharedAccount}
        onChange={(sharedAccount) => set({ sharedAccount })}
      />
    </>
  );
}

interface LinkProps {
  readonly draft: DeviceDraft;
  readonly links: DeviceLinks;
  readonly onLine: (lineId: string | undefined) => void;
  readonly onAccount: (id: string, on: boolean) => void;
}

/** The phone number in the device and the accounts signed in on it, when the plan has them. */
function LinkFields({ draft, links, onLine, onAccount }: LinkProps) {
  return (
    <>
      {links.lines.length > 0 && (
        <>
          <label for="device-line">{t('device_line')}</label>
          <select
            id="device-line"
            autocomplete="off"
            aria-describedby="device-line-hint"
            value={draft.lineId ?? ''}
            onChange={(e) => onLine(e.currentTarget.value || undefined)}
          >
            <option value="">{t('look_pick_none')}</option>
            {links.lines.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </select>
          <p id="device-line-hint" class="hint">
            {t('device_line_hint')}
          </p>
        </>
      )}
      {links.accounts.length > 0 && (
        <fieldset class="stack">
          <legend>{t('device_signed_in')}</legend>
          {links.accounts.map((a) => (
            <label key={a.id} class="check">
              <input
                type="checkbox"
                autocomplete="off"
                checked={draft.signedInIds.includes(a.id)}
                onChange={(e) => onAccount(a.id, e.currentTarget.checked)}
              />{' '}
              {a.name}
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}
