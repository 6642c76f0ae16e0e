import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { PlanStorage } from '@/lib/storage/plan-storage';

/**
 * The saved plan is locked: its passphrase opens it, in this page only, so the session's work
 * can be kept in it. A wrong passphrase changes nothing.
 */
export function SessionEndPassphrase(props: {
  saved: PlanStorage;
  onOpen: (opened: PlanStorage) => void;
  back: ComponentChildren;
}) {
  const [pass, setPass] = useState('');
  const [busy, setBusy] = useState(false);
  const [wrong, setWrong] = useState(false);

  const open = async () => {
    if (busy || !pass) return;
    setBusy(true);
    setWrong(false);
    try {
      await props.saved.unlock(pass);
      props.onOpen(props.saved);
    } catch {
      setWrong(true);
    } finally {
      setPass('');
      setBusy(false);
    }
  };

  return (
    <form
      class="stack"
      autocomplete="off"
      onSubmit={(e) => {
        e.preventDefault();
        void open();
      }}
    >
      <label for="session-end-pass">{t('session_end_pass')}</label>
      <input
        id="session-end-pass"
        type="password"
        autocomplete="off"
        value={pass}
        onInput={(e) => setPass(e.currentTarget.value)}
      />
      <div class="actions">
        <button type="submit" disabled={busy} aria-busy={busy}>
          {t('session_end_pass_open')}
        </button>
        {props.back}
      </div>
      {busy && <p role="status">{t('session_end_pass_opening')}</p>}
      {wrong && <p role="alert">{t('session_end_pass_wrong')}</p>}
    </form>
  );
}
