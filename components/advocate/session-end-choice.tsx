import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '@/lib/i18n';

/** One "also keep…" box of the end of a session. */
function AlsoKeep(props: { label: MessageKey; checked: boolean; set: (on: boolean) => void }) {
  return (
    <label class="check">
      <input
        type="checkbox"
        autocomplete="off"
        checked={props.checked}
        onChange={(e) => props.set(e.currentTarget.checked)}
      />{' '}
      {t(props.label)}
    </label>
  );
}

/**
 * The first question at the end of a session: keep its work in the saved plan (and whether the
 * advocate's notes and the intake's answers come too), discard it, or keep going.
 */
export function SessionEndChoice(props: {
  withNotes: boolean;
  setWithNotes: (on: boolean) => void;
  withIntake: boolean;
  setWithIntake: (on: boolean) => void;
  busy: boolean;
  onKeep: () => void;
  onDiscard: () => void;
  onCancel: () => void;
}) {
  return (
    <div class="stack" role="group" aria-label={t('session_end_title')}>
      <p>{t('session_end_choose')}</p>
      <p>{t('session_end_keep_note')}</p>
      <AlsoKeep label="session_end_with_notes" checked={props.withNotes} set={props.setWithNotes} />
      <AlsoKeep
        label="session_end_with_intake"
        checked={props.withIntake}
        set={props.setWithIntake}
      />
      <div class="actions">
        <button type="button" disabled={props.busy} onClick={props.onKeep}>
          {t('session_end_keep')}
        </button>
        <button type="button" onClick={props.onDiscard}>
          {t('session_end_discard')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('session_end_cancel')}
        </button>
      </div>
    </div>
  );
}

/** The last step, keep or discard: what it does, its button, and the way back. */
export function SessionEndConfirm(props: {
  children: ComponentChildren;
  label: MessageKey;
  danger: boolean;
  busy: boolean;
  onConfirm: () => void;
  back: ComponentChildren;
}) {
  return (
    <div class="stack">
      {props.children}
      <div class="actions">
        <button
          type="button"
          class={props.danger ? 'danger' : 'primary'}
          disabled={props.busy}
          onClick={props.onConfirm}
        >
          {t(props.label)}
        </button>
        {props.back}
      </div>
    </div>
  );
}
