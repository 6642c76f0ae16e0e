import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { PlanData } from '@/lib/storage/plan-storage';
import { withMarksMoved } from '@/lib/device/move-check-marks';
import { MAX_FILE_BYTES } from '@/lib/transfer/format';
import { readPlanFile } from '@/lib/transfer/import-plan';
import type { Problem } from '@/lib/transfer/problems';
import { KIND_LABELS } from '../device/device-choices';
import type { Message } from './transfer-message';

export type Picked = { readonly text: string; readonly size: number };
export type Ready = { readonly plan: PlanData; readonly sealed: boolean };

/**
 * Reading a picked file: its text, its passphrase if it asks for one, and what it holds or why
 * it cannot be read. Writes nothing. A plain file is refused when only sealed ones are accepted.
 */
export function useImportFile(onlySealed: boolean) {
  const [file, setFile] = useState<Picked | null>(null);
  const [needsPass, setNeedsPass] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [ready, setReady] = useState<Ready | null>(null);
  const [message, setMessage] = useState<Message>(null);

  const reset = () => {
    setFile(null);
    setReady(null);
    setProblems([]);
    setNeedsPass(false);
  };

  const check = async (picked: Picked, passphrase?: string, started = performance.now()) => {
    setBusy(true);
    const result = await readPlanFile(picked.text, picked.size, passphrase);
    performance.measure('lockstep:import-read', { start: started }); // read by `npm run bench`
    setBusy(false);
    if (result.ok) {
      setProblems([]);
      setNeedsPass(false);
      if (!result.encrypted && onlySealed)
        return setMessage({ text: t('xfer_unsealed_refused'), error: true });
      // A file of version 3 or older may carry the old per-kind device check marks.
      const records = withMarksMoved(result.plan.records, (k) => t(KIND_LABELS[k]), Date.now());
      setReady({ plan: { ...result.plan, records }, sealed: result.encrypted });
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

  return {
    file,
    needsPass,
    busy,
    setBusy,
    problems,
    ready,
    message,
    setMessage,
    check,
    pick,
    reset,
  };
}
