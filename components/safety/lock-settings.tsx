import { t } from '@/lib/i18n';
import { PassphraseFields } from '../passwords/passphrase-fields';
import { usePlanStore } from '../common/store-context';
import { AutoLockChoice } from './auto-lock-choice';
import { CurrentPassphraseField } from './current-passphrase-field';
import { CheckWordField } from './lock-check-word';
import { LockRule } from './lock-rule';
import { LockSettingsActions } from './lock-settings-actions';
import { useLockEdits } from './use-lock-edits';
import { useShellText } from './use-shell-text';

/**
 * Turn the passphrase lock on or off, change the passphrase, choose when it locks by itself.
 * Changing or removing the lock first asks for the current passphrase: someone who finds the
 * plan open must not be able to take the lock away.
 */
export function LockSettings() {
  const text = useShellText();
  const store = usePlanStore();
  const edits = useLockEdits();
  const { locked, editing, busy, message, fields } = edits;

  if (store.mode === 'memory') return <p>{t('lock_memory_only')}</p>;

  const currentField = locked && (
    <CurrentPassphraseField value={fields.current} onInput={fields.setCurrent} />
  );
  const cancel = (
    <button type="button" onClick={edits.stop} disabled={busy}>
      {t('form_cancel')}
    </button>
  );

  return (
    <div class="stack">
      <p>{locked ? t('lock_is_on') : t('lock_is_off')}</p>
      {editing === 'set' || editing === 'change' ? (
        <form class="stack" onSubmit={(e) => void edits.save(e)} autocomplete="off">
          {currentField}
          <PassphraseFields
            state={fields.next}
            id="new-passphrase"
            label={t('lock_new_passphrase')}
            repeatLabel={t('lock_repeat_passphrase')}
            hint={text('lock_new_passphrase_hint')}
          />
          {!locked && (
            <CheckWordField
              id="check-word"
              value={fields.checkWord}
              onInput={fields.setCheckWord}
            />
          )}
          <div class="form-actions">
            <button type="submit" class="primary" disabled={busy} aria-busy={busy}>
              {busy ? t('lock_sealing') : locked ? t('lock_change_submit') : t('lock_turn_on')}
            </button>
            {cancel}
          </div>
        </form>
      ) : editing === 'off' ? (
        <form class="stack" onSubmit={(e) => void edits.turnOff(e)} autocomplete="off">
          {currentField}
          <div class="form-actions">
            <button type="submit" disabled={busy} aria-busy={busy}>
              {t('lock_turn_off')}
            </button>
            {cancel}
          </div>
        </form>
      ) : (
        <LockSettingsActions locked={locked} onEdit={edits.setEditing} />
      )}
      {busy && (
        <p role="status" class="muted">
          {t('lock_unlocking_status')}
        </p>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : ''}>
          {message.text}
        </p>
      )}
      {edits.justSet && locked && <LockRule />}
      {/* How soon it locks by itself means nothing while there is no lock (issue 26). */}
      {locked && <AutoLockChoice />}
    </div>
  );
}
