import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { tCount } from '@/lib/ui/plural';
import { PassphraseFields, useNewPassphrase } from '../passwords/passphrase-fields';
import { usePlanStore } from '../common/store-context';
import { CheckWordField } from './lock-check-word';
import { LockRule } from './lock-rule';
import { useShellText } from './use-shell-text';

const IDLE_CHOICES = [0, 5, 15, 30, 60] as const;

type Editing = 'set' | 'change' | 'off' | null;

/**
 * Turn the passphrase lock on or off, change the passphrase, choose when it locks by itself.
 * Changing or removing the lock first asks for the current passphrase: someone who finds the
 * plan open must not be able to take the lock away.
 */
export function LockSettings() {
  const text = useShellText();
  const store = usePlanStore();
  const locked = store.lockState.value === 'unlocked';
  const next = useNewPassphrase();
  const [editing, setEditing] = useState<Editing>(null);
  const [current, setCurrent] = useState('');
  const [checkWord, setCheckWord] = useState('');
  const [justSet, setJustSet] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  if (store.mode === 'memory') return <p>{t('lock_memory_only')}</p>;

  const stop = () => {
    setEditing(null);
    setCurrent('');
    setCheckWord('');
    next.clear();
  };

  /** With the lock on, the current passphrase must open the plan before anything changes. */
  const currentOk = async (): Promise<boolean> => {
    if (!locked) return true;
    if (await store.checkPassphrase(current)) return true;
    setCurrent('');
    setMessage({ text: t('pass_current_wrong'), error: true });
    return false;
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setMessage(null);
    const problem = await next.validate();
    if (problem) {
      setBusy(false);
      setMessage({ text: t(problem), error: true });
      return;
    }
    if (!(await currentOk())) return setBusy(false);
    const ok = await store.setPassphrase(next.first, locked ? undefined : checkWord);
    setBusy(false);
    setJustSet(ok && !locked);
    if (ok) stop();
    setMessage(
      ok
        ? { text: locked ? t('lock_changed') : t('lock_turned_on'), error: false }
        : { text: t('lock_save_failed'), error: true },
    );
  };

  const turnOff = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setMessage(null);
    if (!(await currentOk())) return setBusy(false);
    const ok = await store.removeLock();
    setBusy(false);
    if (ok) stop();
    setMessage(
      ok
        ? { text: t('lock_turned_off'), error: false }
        : { text: t('lock_save_failed'), error: true },
    );
  };

  const currentField = locked && (
    <>
      <label for="current-passphrase">{t('pass_current')}</label>
      <input
        id="current-passphrase"
        type="password"
        autocomplete="off"
        value={current}
        aria-describedby="current-passphrase-hint"
        onInput={(e) => setCurrent(e.currentTarget.value)}
      />
      <p id="current-passphrase-hint" class="hint">
        {t('pass_current_hint')}
      </p>
    </>
  );
  const cancel = (
    <button type="button" onClick={stop} disabled={busy}>
      {t('form_cancel')}
    </button>
  );

  return (
    <div class="stack">
      <p>{locked ? t('lock_is_on') : t('lock_is_off')}</p>
      {editing === 'set' || editing === 'change' ? (
        <form class="stack" onSubmit={(e) => void save(e)} autocomplete="off">
          {currentField}
          <PassphraseFields
            state={next}
            id="new-passphrase"
            label={t('lock_new_passphrase')}
            repeatLabel={t('lock_repeat_passphrase')}
            hint={text('lock_new_passphrase_hint')}
          />
          {!locked && <CheckWordField id="check-word" value={checkWord} onInput={setCheckWord} />}
          <div class="form-actions">
            <button type="submit" class="primary" disabled={busy} aria-busy={busy}>
              {busy ? t('lock_sealing') : locked ? t('lock_change_submit') : t('lock_turn_on')}
            </button>
            {cancel}
          </div>
        </form>
      ) : editing === 'off' ? (
        <form class="stack" onSubmit={(e) => void turnOff(e)} autocomplete="off">
          {currentField}
          <div class="form-actions">
            <button type="submit" disabled={busy} aria-busy={busy}>
              {t('lock_turn_off')}
            </button>
            {cancel}
          </div>
        </form>
      ) : (
        <div class="form-actions">
          <button
            type="button"
            class={locked ? '' : 'primary'}
            onClick={() => setEditing(locked ? 'change' : 'set')}
          >
            {locked ? t('lock_change') : t('lock_set_up')}
          </button>
          {locked && (
            <>
              <button type="button" onClick={() => void store.lock()}>
                {t('lock_now')}
              </button>
              <button type="button" onClick={() => setEditing('off')}>
                {t('lock_turn_off')}
              </button>
            </>
          )}
        </div>
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
      {justSet && locked && <LockRule />}
      {/* How soon it locks by itself means nothing while there is no lock (issue 26). */}
      {locked && (
        <>
          <label for="auto-lock">{t('lock_idle_label')}</label>
          <select
            autocomplete="off"
            id="auto-lock"
            value={String(store.settings.value.autoLockMinutes)}
            onChange={(e) =>
              void store.updateSetting('autoLockMinutes', Number(e.currentTarget.value))
            }
          >
            {IDLE_CHOICES.map((minutes) => (
              <option key={minutes} value={String(minutes)}>
                {minutes === 0 ? t('lock_idle_never') : tCount('lock_idle_minutes', minutes)}
              </option>
            ))}
          </select>
          <p class="muted">{t('lock_idle_hint')}</p>
        </>
      )}
    </div>
  );
}
