import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { PlanStorage } from '@/lib/storage/plan-storage';
import { PassphrasePrompt } from '../common/passphrase-prompt';

/**
 * The saved plan is locked: its passphrase opens it, in this page only, so the session's work
 * can be kept in it. A wrong passphrase changes nothing.
 */
export function SessionEndPassphrase(props: {
  saved: PlanStorage;
  onOpen: (opened: PlanStorage) => void;
  back: ComponentChildren;
}) {
  const [busy, setBusy] = useState(false);
  const [wrong, setWrong] = useState(false);

  const open = async (pass: string) => {
    if (!pass) return;
    setBusy(true);
    setWrong(false);
    try {
      await props.saved.unlock(pass);
      props.onOpen(props.saved);
    } catch {
      setWrong(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <PassphrasePrompt
      id="session-end-pass"
      label={t('session_end_pass')}
      submitLabel={t('session_end_pass_open')}
      busy={busy}
      onSubmit={open}
      actionsClass="actions"
      actions={props.back}
    >
      {busy && <p role="status">{t('session_end_pass_opening')}</p>}
      {wrong && <p role="alert">{t('session_end_pass_wrong')}</p>}
    </PassphrasePrompt>
  );
}
