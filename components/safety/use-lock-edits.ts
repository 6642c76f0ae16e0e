import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { useNewPassphrase } from '../passwords/passphrase-fields';
import { usePlanStore } from '../common/store-context';

/** Which lock form is open, if any. */
export type Editing = 'set' | 'change' | 'off' | null;

/**
 * The lock settings' forms: set up, change or turn off the lock. Changing or removing the lock
 * first asks for the current passphrase: someone who finds the plan open must not be able to take
 * the lock away.
 */
export function useLockEdits() {
  const store = usePlanStore();
  const locked = store.lockState.value === 'unlocked';
  const next = useNewPassphrase();
  const [editing, setEditing] = useState<Editing>(null);
  const [current, setCurrent] = useState('');
  const [checkWord, setCheckWord] = useState('');
  const [justSet, setJustSet] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

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

  const fields = { next, current, setCurrent, checkWord, setCheckWord };
  return { locked, editing, setEditing, justSet, busy, message, stop, save, turnOff, fields };
}
