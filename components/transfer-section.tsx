import { useState } from 'preact/hooks';
import { t, tDynamic } from '@/lib/i18n';
import type { PlanData } from '@/lib/storage/plan-storage';
import { exportFileName, exportPlan } from '@/lib/transfer/export-plan';
import { MAX_FILE_BYTES } from '@/lib/transfer/format';
import { readPlanFile, type Problem } from '@/lib/transfer/import-plan';
import { mergePlans } from '@/lib/transfer/merge-plans';
import { usePlanStore } from './store-context';

type Message = { readonly text: string; readonly error: boolean } | null;

/** Take the plan along (export, plain or sealed) and bring one in (import: merge or replace). */
export function TransferSection() {
  return (
    <div class="stack">
      <ExportPart />
      <ImportPart />
    </div>
  );
}

function download(text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName();
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

function ExportPart() {
  const store = usePlanStore();
  const [encrypt, setEncrypt] = useState(true);
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);

  const run = async (event: Event) => {
    event.preventDefault();
    if (encrypt && first.length < 8) return setMessage({ text: t('xfer_pass_short'), error: true });
    if (encrypt && first !== second) return setMessage({ text: t('lock_mismatch'), error: true });
    setBusy(true);
    setMessage(null);
    const started = performance.now();
    const text = await exportPlan(store.planData(), encrypt ? first : undefined);
    setBusy(false);
    setFirst('');
    setSecond('');
    download(text);
    performance.measure('lockstep:export', { start: started }); // read by `npm run bench`
    setMessage({
      text: encrypt ? t('xfer_exported_sealed') : t('xfer_exported_plain'),
      error: false,
    });
  };

  return (
    <form class="stack" onSubmit={(e) => void run(e)} autocomplete="off">
      <h3>{t('xfer_export_title')}</h3>
      <p>{t('xfer_export_body')}</p>
      <label class="check">
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
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : ''}>
          {message.text}
        </p>
      )}
    </form>
  );
}

const problemText = (p: Problem) =>
  tDynamic(`xfer_problem_${p.code.replaceAll('-', '_')}`, p.detail ?? '');

function ImportPart() {
  const store = usePlanStore();
  const [file, setFile] = useState<{ text: string; size: number } | null>(null);
  const [needsPass, setNeedsPass] = useState(false);
  const [pass, setPass] = useState('');
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [ready, setReady] = useState<PlanData | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<Message>(null);

  const check = async (picked: { text: string; size: number }, passphrase?: string) => {
    setBusy(true);
    const started = performance.now();
    const result = await readPlanFile(picked.text, picked.size, passphrase);
    performance.measure('lockstep:import-read', { start: started });
    setBusy(false);
    setPass('');
    if (result.ok) {
      setProblems([]);
      setNeedsPass(false);
      setReady(result.plan);
      return;
    }
    const onlyPass = result.problems.every((p) => p.code === 'needs-passphrase');
    setNeedsPass(onlyPass || result.problems.some((p) => p.code === 'wrong-passphrase'));
    setProblems(onlyPass ? [] : result.problems);
  };

  const pick = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    setReady(null);
    setMessage(null);
    setConfirming(false);
    setNeedsPass(false);
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      setProblems([{ code: 'too-big' }]);
      return;
    }
    const picked = { text: await chosen.text(), size: chosen.size };
    setFile(picked);
    await check(picked);
  };

  const apply = async () => {
    if (!ready) return;
    if (mode === 'replace' && !confirming && store.accounts.value.length > 0) {
      setConfirming(true);
      return;
    }
    const started = performance.now();
    const next = mode === 'merge' ? mergePlans(store.planData(), ready) : ready;
    const ok = await store.replacePlan(next);
    performance.measure('lockstep:import-apply', { start: started });
    setConfirming(false);
    setReady(null);
    setFile(null);
    setMessage(
      ok
        ? { text: t('xfer_imported', String(next.accounts.length)), error: false }
        : { text: t('xfer_import_failed'), error: true },
    );
  };

  const done = ready?.progress.filter((p) => p.status !== 'skipped').length ?? 0;

  return (
    <div class="stack">
      <h3>{t('xfer_import_title')}</h3>
      <p>{t('xfer_import_body')}</p>
      <label for="import-file">{t('xfer_import_file')}</label>
      <input
        id="import-file"
        type="file"
        accept=".json,application/json"
        onChange={(e) => void pick(e.currentTarget)}
      />
      {needsPass && file && (
        <form
          class="stack"
          autocomplete="off"
          onSubmit={(e) => {
            e.preventDefault();
            void check(file, pass);
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
              {busy ? t('lock_unlocking') : t('xfer_import_open')}
            </button>
          </div>
        </form>
      )}
      {problems.length > 0 && (
        <div role="alert" class="error">
          <p>{t('xfer_problems_title')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{problemText(p)}</li>
            ))}
          </ul>
          <p>{t('xfer_problems_next')}</p>
        </div>
      )}
      {ready && (
        <fieldset class="stack">
          <legend>{t('xfer_summary', [String(ready.accounts.length), String(done)])}</legend>
          <label class="check">
            <input
              type="radio"
              name="import-mode"
              checked={mode === 'merge'}
              onChange={() => setMode('merge')}
            />{' '}
            {t('xfer_mode_merge')}
          </label>
          <label class="check">
            <input
              type="radio"
              name="import-mode"
              checked={mode === 'replace'}
              onChange={() => setMode('replace')}
            />{' '}
            {t('xfer_mode_replace')}
          </label>
          {confirming && (
            <p class="warning" role="alert">
              {t('xfer_replace_confirm', String(store.accounts.value.length))}
            </p>
          )}
          <div class="form-actions">
            <button type="button" class="primary" onClick={() => void apply()}>
              {confirming ? t('xfer_replace_yes') : t('xfer_import_apply')}
            </button>
            <button
              type="button"
              onClick={() => {
                setReady(null);
                setConfirming(false);
              }}
            >
              {t('form_cancel')}
            </button>
          </div>
        </fieldset>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : ''}>
          {message.text}
        </p>
      )}
    </div>
  );
}
