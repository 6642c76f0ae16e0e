import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { useSafety } from '../common/safety-context';
import { useShellText } from './use-shell-text';
import { TakeEvidenceFirst } from '../evidence/take-evidence-first';

/** One action, confirmed: erase everything Lockstep keeps on this device. */
export function WipeSection() {
  const { wipe } = useSafety();
  // Its words name no product in discreet mode: it sits on the everyday settings page.
  const shell = useShellText();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const run = async () => {
    setBusy(true);
    try {
      await wipe();
    } catch {
      setBusy(false);
      setError(shell('wipe_failed'));
    }
  };

  return (
    <div class="wipe">
      <h2 id="wipe-heading">{t('wipe_title')}</h2>
      <p>{shell('wipe_body')}</p>
      <TakeEvidenceFirst />
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="wipe-heading">
          <p class="warning">{shell('wipe_confirm_body')}</p>
          <p>{shell('wipe_disk_note')}</p>
          <button type="button" class="danger" onClick={() => void run()} disabled={busy}>
            {busy ? t('wipe_busy') : t('wipe_confirm')}
          </button>
          <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
            {t('form_cancel')}
          </button>
        </div>
      ) : (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          {t('wipe_start')}
        </button>
      )}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
