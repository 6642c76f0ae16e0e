import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { usePlanStore } from './store-context';

const MIN_LENGTH = 8;
const IDLE_CHOICES = [0, 5, 15, 30, 60] as const;

/** Turn the passphrase lock on or off, change the passphrase, choose when it locks by itself. */
export function LockSettings() {
  const store = usePlanStore();
  const locked = store.lockState.value === 'unlocked';
  const [editing, setEditing] = useState(false);
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  if (store.mode === 'memory') return <p>{t('lock_memory_only')}</p>;

  const save = async (event: Event) => {
    event.preventDefault();
    if (first.length < MIN_LENGTH) {
      setMessage({ text: t('lock_too_short', String(MIN_LENGTH)), error: true });
      return;
    }
    if (first !== second) {
      setMessage({ text: t('lock_mismatch'), error: true });
      return;
    }
    setBusy(true);
    const ok = await store.setPassphrase(first);
    setBusy(false);
    setFirst('');
    setSecond('');
    setEditing(!ok);
    setMessage(
      ok
        ? { text: locked ? t('lock_changed') : t('lock_turned_on'), error: false }
        : { text: t('lock_save_failed'), error: true },
    );
  };

  const turnOff = async () => {
    const ok = await store.removeLock();
    setMessage(
      ok
        ? { text: t('lock_turned_off'), error: false }
        : { text: t('lock_save_failed'), error: true },
    );
  };

  return (
    <div class="stack">
      <p>{locked ? t('lock_is_on') : t('lock_is_off')}</p>
      {editing ? (
        <form class="stack" onSubmit={(e) => void save(e)} autocomplete="off">
          <label for="new-passphrase">{t('lock_new_passphrase')}</label>
          <input
            id="new-passphrase"
            type="password"
            autocomplete="off"
            value={first}
            aria-describedby="new-passphrase-hint"
            onInput={(e) => setFirst(e.currentTarget.value)}
          />
          <p id="new-passphrase-hint" class="muted">
            {t('lock_new_passphrase_hint')}
          </p>
          <label for="repeat-passphrase">{t('lock_repeat_passphrase')}</label>
          <input
            id="repeat-passphrase"
            type="password"
            autocomplete="off"
            value={second}
            onInput={(e) => setSecond(e.currentTarget.value)}
          />
          <div class="form-actions">
            <button type="submit" class="primary" disabled={busy} aria-busy={busy}>
              {busy ? t('lock_sealing') : locked ? t('lock_change_submit') : t('lock_turn_on')}
            </button>
            <button type="button" onClick={() => setEditing(false)} disabled={busy}>
              {t('form_cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div class="form-actions">
          <button type="button" class={locked ? '' : 'primary'} onClick={() => setEditing(true)}>
            {locked ? t('lock_change') : t('lock_set_up')}
          </button>
          {locked && (
            <>
              <button type="button" onClick={() => void store.lock()}>
                {t('lock_now')}
              </button>
              <button type="button" onClick={() => void turnOff()}>
                {t('lock_turn_off')}
              </button>
            </>
          )}
        </div>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : ''}>
          {message.text}
        </p>
      )}
      <label for="auto-lock">{t('lock_idle_label')}</label>
      <select
        id="auto-lock"
        value={String(store.settings.value.autoLockMinutes)}
        onChange={(e) => void store.updateSetting('autoLockMinutes', Number(e.currentTarget.value))}
      >
        {IDLE_CHOICES.map((minutes) => (
          <option key={minutes} value={String(minutes)}>
            {minutes === 0 ? t('lock_idle_never') : t('lock_idle_minutes', String(minutes))}
          </option>
        ))}
      </select>
      <p class="muted">{t('lock_idle_hint')}</p>
    </div>
  );
}
