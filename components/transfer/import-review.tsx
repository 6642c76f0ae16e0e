import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { PlanData } from '@/lib/storage/plan-storage';
import { mergePlans } from '@/lib/transfer/merge-plans';
import { PlanPreview } from './plan-preview';

/** Steps done or not applicable (skipped ones are still open). */
const finished = (plan: PlanData) => plan.progress.filter((p) => p.status !== 'skipped').length;

interface Props {
  /** The plan as it is now, and the file's, read and checked. */
  readonly current: PlanData;
  readonly file: PlanData;
  /** Whether the file was sealed with a passphrase. */
  readonly sealed: boolean;
  readonly busy: boolean;
  readonly onApply: (next: PlanData) => void;
  readonly onCancel: () => void;
}

/**
 * A file read and checked: what it holds, merge or replace, and what that will change, before
 * anything is written. A plain file says anyone could have written it and needs a tick; replace
 * is confirmed.
 */
export function ImportReview({ current, file, sealed, busy, onApply, onCancel }: Props) {
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [confirming, setConfirming] = useState(false);
  const [trusted, setTrusted] = useState(sealed);
  const firstChoice = useRef<HTMLInputElement>(null);
  // The control that had focus is gone: keep the keyboard where the next thing to do is.
  useEffect(() => firstChoice.current?.focus(), []);

  const next = mode === 'merge' ? mergePlans(current, file) : file;
  const apply = () => {
    if (busy || !trusted) return;
    if (mode === 'replace' && !confirming && current.accounts.length > 0)
      return setConfirming(true);
    onApply(next);
  };

  return (
    <fieldset class="stack">
      <legend>{t('xfer_summary', [String(file.accounts.length), String(finished(file))])}</legend>
      {!sealed && <p class="warning">{t('xfer_unsealed_warning')}</p>}
      <p>{t('xfer_mode_question')}</p>
      <label>
        <input
          autocomplete="off"
          type="radio"
          name="import-mode"
          ref={firstChoice}
          checked={mode === 'merge'}
          onChange={() => {
            setMode('merge');
            setConfirming(false);
          }}
        />{' '}
        {t('xfer_mode_merge')}
      </label>
      <label>
        <input
          autocomplete="off"
          type="radio"
          name="import-mode"
          checked={mode === 'replace'}
          onChange={() => setMode('replace')}
        />{' '}
        {t('xfer_mode_replace')}
      </label>
      <PlanPreview before={current} after={next} id="import-preview-title" level={4} />
      {!sealed && (
        <label class="check">
          <input
            type="checkbox"
            autocomplete="off"
            checked={trusted}
            onChange={(e) => setTrusted(e.currentTarget.checked)}
          />{' '}
          {t('xfer_unsealed_tick')}
        </label>
      )}
      {confirming && (
        <p class="warning" role="alert">
          {t('xfer_replace_confirm', String(current.accounts.length))}
        </p>
      )}
      <div class="form-actions">
        <button type="button" class="primary" disabled={busy || !trusted} onClick={apply}>
          {confirming ? t('xfer_replace_yes') : t('xfer_import_apply')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('xfer_cancel')}
        </button>
      </div>
    </fieldset>
  );
}
