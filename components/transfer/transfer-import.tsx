import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { PlanData } from '@/lib/storage/plan-storage';
import { MAX_FILE_BYTES } from '@/lib/transfer/format';
import { readPlanFile } from '@/lib/transfer/import-plan';
import { problemText } from '@/lib/transfer/problem-text';
import type { Problem } from '@/lib/transfer/problems';
import { usePlanStore } from '../common/store-context';
import { ImportReview } from './import-review';
import { TransferBusy } from './transfer-busy';
import { useShellText } from '../safety/use-shell-text';

type Picked = { readonly text: string; readonly size: number };
type Message = { readonly text: string; readonly error: boolean } | null;
type Ready = { readonly plan: PlanData; readonly sealed: boolean };

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
  const [file, setFile] = useState<Picked | null>(null);
  const [needsPass, setNeedsPass] = useState(false);
  const [pass, setPass] = useState('');
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [ready, setReady] = useState<Ready | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  const onlySealed = store.settings.value.onlySealedImports;

  useEffect(() => {
    if (message) outcome.current?.focus();
  }, [message]);

  const reset = () => {
    setFile(null);
    setReady(null);
    setProblems([]);
    setNeedsPass(false);
    setPass('');
  };

  const check = async (picked: Picked, passphrase?: string, started = performance.now()) => {
    setBusy(true);
    const result = await readPlanFile(picked.text, picked.size, passphrase);
    performance.measure('lockstep:import-read', { start: started }); // read by `npm run bench`
    setBusy(false);
    setPass('');
    if (result.ok) {
      setProblems([]);
      setNeedsPass(false);
      if (!result.encrypted && onlySealed)
        return setMessage({ text: t('xfer_unsealed_refused'), error: true });
      setReady({ plan: result.plan, sealed: result.encrypted });
      return;
    }
    const codes = result.problems.map((p) => p.code);
    setNeedsPass(codes.includes('needs-passphrase') || codes.includes('wrong-passphrase'));
    setProblems(result.problems.filter((p) => p.code !== 'needs-passphrase'));
  };

  const pick = async (chosen: File | undefined) => {
    const started = performance.now();
    reset();
    setMessage(null);
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) return setProblems([{ code: 'too-big' }]);
    let picked: Picked;
    try {
      picked = { text: await chosen.text(), size: chosen.size };
    } catch {
      return setMessage({ text: t('xfer_file_unreadable'), error: true });
    }
    setFile(picked);
    await check(picked, undefined, started);
  };

  const apply = async (next: PlanData) => {
    if (!ready || busy) return;
    setBusy(true);
    const started = performance.now();
    const ok = await store.replacePlan(next);
    performance.measure('lockstep:import-apply', { start: started });
    setBusy(false);
    reset();
    if (input.current) input.current.value = '';
    setMessage(
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
        onChange={(e) => void pick(e.currentTarget.files?.[0])}
      />
      {needsPass && file && (
        <form
          class="stack"
          autocomplete="off"
          onSubmit={(e) => {
            e.preventDefault();
            if (!busy) void check(file, pass);
          }}
        >
          <label for="import-pass">{t('xfer_import_pass')}</label>
          <input
            id="import-pass"
            type="password"
            autocomplete="off"
            value={pass}
            onInput={(e) => setPass(e.currentTarget.value)}
          />
          <div class="form-actions">
            <button type="submit" disabled={busy} aria-busy={busy}>
              {t('xfer_import_open')}
            </button>
          </div>
          {busy && <TransferBusy text={t('xfer_opening')} />}
        </form>
      )}
      {problems.length > 0 && (
        <div role="alert" class="error">
          <p>{t('xfer_problems_title')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{problemText(p, t)}</li>
            ))}
          </ul>
          <p>{t('xfer_problems_next')}</p>
        </div>
      )}
      {ready && (
        <ImportReview
          current={store.planData()}
          file={ready.plan}
          sealed={ready.sealed}
          busy={busy}
          onApply={(next) => void apply(next)}
          onCancel={() => {
            reset();
            if (input.current) input.current.value = '';
          }}
        />
      )}
      {message && (
        <p
          ref={outcome}
          tabIndex={-1}
          role={message.error ? 'alert' : 'status'}
          class={message.error ? 'error' : ''}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
