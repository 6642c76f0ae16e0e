import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { exportFileName, exportPlan } from '@/lib/transfer/export-plan';
import { usePlanStore } from './store-context';
import { TransferBusy } from './transfer-busy';

const MIN_LENGTH = 8;

type Message = { readonly text: string; readonly error: boolean } | null;

/** Hands the file to the browser's downloads: a Blob URL, never the network. */
function download(text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName();
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox starts the download after `click` returns: revoking at once can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** Export: sealed with a passphrase (the default) or, with a warning, in the clear. */
export function TransferExport() {
  const store = usePlanStore();
  const [encrypt, setEncrypt] = useState(true);
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);

  const run = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (encrypt && first.length < MIN_LENGTH)
      return setMessage({ text: t('xfer_pass_short'), error: true });
    if (encrypt && first !== second)
      return setMessage({ text: t('xfer_pass_mismatch'), error: true });
    setBusy(true);
    setMessage(null);
    const started = performance.now();
    try {
      const text = await exportPlan(store.planData(), encrypt ? first : undefined);
      download(text);
      performance.measure('lockstep:export', { start: started }); // read by `npm run bench`
      setFirst('');
      setSecond('');
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
      <p>{t('xfer_export_body')}</p>
      <label>
        <input
          type="checkbox"
          checked={encrypt}
          onChange={(e) => setEncrypt(e.currentTarget.checked)}
        />{' '}
        {t('xfer_encrypt_label')}
      </label>
      {encrypt ? (
        <>
          <label for="export-pass">{t('xfer_export_pass')}</label>
          <input
            id="export-pass"
            type="password"
            autocomplete="off"
            value={first}
            aria-describedby="export-pass-hint"
            onInput={(e) => setFirst(e.currentTarget.value)}
          />
          <p id="export-pass-hint" class="muted">
            {t('xfer_export_pass_hint')}
          </p>
          <label for="export-pass-again">{t('xfer_export_pass_again')}</label>
          <input
            id="export-pass-again"
            type="password"
            autocomplete="off"
            value={second}
            onInput={(e) => setSecond(e.currentTarget.value)}
          />
        </>
      ) : (
        <p class="warning">{t('xfer_plain_warning')}</p>
      )}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy} aria-busy={busy}>
          {busy ? t('xfer_exporting') : t('xfer_export_submit')}
        </button>
      </div>
      {busy && encrypt && <TransferBusy text={t('xfer_deriving')} />}
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : ''}>
          {message.text}
        </p>
      )}
    </form>
  );
}
