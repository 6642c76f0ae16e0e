import { useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { PlanData } from '@/lib/storage/plan-storage';
import { PassphrasePrompt } from '../common/passphrase-prompt';
import { usePlanStore } from '../common/store-context';
import { ImportProblems } from './import-problems';
import { ImportReview } from './import-review';
import { ImportOutcome } from './transfer-message';
import { TransferBusy } from './transfer-busy';
import { useImportFile } from './use-import-file';
import { useShellText } from '../safety/use-shell-text';

/**
 * Import: pick a file, give its passphrase if it has one, see what it holds and what it will
 * change, then merge or replace (import-review.tsx). A plain file is refused when the person
 * accepts only sealed ones. Nothing is written before the last click, and the write is one
 * transaction.
 */
export function TransferImport() {
  const text = useShellText();
  const store = usePlanStore();
  const input = useRef<HTMLInputElement>(null);
  const onlySealed = store.settings.value.onlySealedImports;
  const reading = useImportFile(onlySealed);
  const { file, busy, ready } = reading;

  const clear = () => {
    reading.reset();
    if (input.current) input.current.value = '';
  };

  const apply = async (next: PlanData) => {
    if (!ready || busy) return;
    reading.setBusy(true);
    const started = performance.now();
    const ok = await store.replacePlan(next);
    performance.measure('lockstep:import-apply', { start: started });
    reading.setBusy(false);
    clear();
    reading.setMessage(
      ok
        ? { text: t('xfer_imported', String(next.accounts.length)), error: false }
        : { text: t('xfer_import_failed'), error: true },
    );
  };

  return (
    <div class="stack">
      <h3>{t('xfer_import_title')}</h3>
      <p>{text('xfer_import_body')}</p>
      <label class="check">
        <input
          type="checkbox"
          autocomplete="off"
          checked={onlySealed}
          onChange={(e) => void store.updateSetting('onlySealedImports', e.currentTarget.checked)}
        />{' '}
        {t('xfer_only_sealed')}
      </label>
      <label for="import-file">{text('xfer_import_file')}</label>
      <input
        autocomplete="off"
        id="import-file"
        ref={input}
        type="file"
        accept=".json,application/json"
        onChange={(e) => void reading.pick(e.currentTarget.files?.[0])}
      />
      {reading.needsPass && file && (
        <PassphrasePrompt
          id="import-pass"
          label={t('xfer_import_pass')}
          submitLabel={t('xfer_import_open')}
          busy={busy}
          onSubmit={(pass) => reading.check(file, pass)}
          actionsClass="form-actions"
        >
          {busy && <TransferBusy text={t('xfer_opening')} />}
        </PassphrasePrompt>
      )}
      <ImportProblems problems={reading.problems} />
      {ready && (
        <ImportReview
          current={store.planData()}
          file={ready.plan}
          sealed={ready.sealed}
          busy={busy}
          onApply={(next) => void apply(next)}
          onCancel={clear}
        />
      )}
      <ImportOutcome message={reading.message} />
    </div>
  );
}
