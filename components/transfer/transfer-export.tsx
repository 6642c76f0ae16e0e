import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { PassphraseFields, useNewPassphrase } from '../passwords/passphrase-fields';
import { usePlanStore } from '../common/store-context';
import { exportToDownloads } from './export-download';
import { PlainExportFields } from './plain-export-fields';
import { TransferBusy } from './transfer-busy';
import { ExportOutcome, type Message } from './transfer-message';
import { useShellText } from '../safety/use-shell-text';

/** Export: sealed with a passphrase (the default) or, with a warning, in the clear. */
export function TransferExport() {
  const text = useShellText();
  const store = usePlanStore();
  const [encrypt, setEncrypt] = useState(true);
  const pass = useNewPassphrase();
  const [current, setCurrent] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  // A plan kept under a lock is only written out in the clear by someone who knows the lock.
  const askCurrent = !encrypt && store.lockState.value === 'unlocked';

  const run = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setMessage(null);
    const problem = encrypt ? await pass.validate() : null;
    if (problem) {
      setBusy(false);
      return setMessage({ text: t(problem), error: true });
    }
    if (askCurrent && !(await store.checkPassphrase(current))) {
      setBusy(false);
      setCurrent('');
      return setMessage({ text: t('pass_current_wrong'), error: true });
    }
    try {
      const discreet = store.settings.value.discreet;
      await exportToDownloads(store.planData(), encrypt ? pass.first : undefined, discreet);
      pass.clear();
      setCurrent('');
      setMessage({
        text: encrypt ? t('xfer_exported_sealed') : t('xfer_exported_plain'),
        error: false,
      });
    } catch {
      setMessage({ text: t('xfer_export_failed'), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="stack" onSubmit={(e) => void run(e)} autocomplete="off">
      <h3>{t('xfer_export_title')}</h3>
      <p>{text('xfer_export_body')}</p>
      <label>
        <input
          autocomplete="off"
          type="checkbox"
          checked={encrypt}
          onChange={(e) => setEncrypt(e.currentTarget.checked)}
        />{' '}
        {t('xfer_encrypt_label')}
      </label>
      {encrypt ? (
        <PassphraseFields
          state={pass}
          id="export-pass"
          label={t('xfer_export_pass')}
          repeatLabel={t('xfer_export_pass_again')}
          hint={text('xfer_export_pass_hint')}
        />
      ) : (
        <PlainExportFields askCurrent={askCurrent} current={current} onCurrent={setCurrent} />
      )}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy} aria-busy={busy}>
          {busy ? t('xfer_exporting') : t('xfer_export_submit')}
        </button>
      </div>
      {busy && (encrypt || askCurrent) && <TransferBusy text={t('xfer_deriving')} />}
      <ExportOutcome message={message} />
    </form>
  );
}
