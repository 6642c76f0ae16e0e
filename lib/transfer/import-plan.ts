import * as v from 'valibot';
import { WrongKeyError } from '../crypto/errors';
import { deriveKey, KDF_ALGORITHM, MIN_ITERATIONS, unseal } from '../crypto/seal';
import { stepsFor } from '../plan/playbook';
import type { PlanData } from '../storage/plan-storage';
import {
  EncryptedFileSchema,
  EXPORT_CONTEXT,
  FORMAT_VERSION,
  HeaderSchema,
  MAX_FILE_BYTES,
  PlainFileSchema,
  PlanSchema,
} from './format';

/** One thing wrong with a file, as a code the page puts into words, with what it is about. */
export interface Problem {
  readonly code:
    | 'too-big'
    | 'not-json'
    | 'not-lockstep'
    | 'newer-version'
    | 'weak-key-settings'
    | 'needs-passphrase'
    | 'wrong-passphrase'
    | 'invalid-field'
    | 'duplicate-account'
    | 'unknown-account'
    | 'unknown-step'
    | 'duplicate-step';
  readonly detail?: string;
}

export type ImportResult =
  | { readonly ok: true; readonly plan: PlanData; readonly encrypted: boolean }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const MAX_PROBLEMS = 10;
const fail = (...problems: Problem[]): ImportResult => ({ ok: false, problems });

/** "accounts.3.name" → "account 4, name": where in the file, in plain words. */
function where(issue: v.BaseIssue<unknown>): string {
  const path = (v.getDotPath(issue) ?? '').replace(/^plan\./, '');
  const [list, index, ...rest] = path.split('.');
  const n = Number(index);
  if ((list === 'accounts' || list === 'progress') && Number.isInteger(n)) {
    const thing = list === 'accounts' ? 'account' : 'step record';
    return [`${thing} ${n + 1}`, ...rest].join(', ');
  }
  return path || 'file';
}

function checkPlan(raw: unknown): ImportResult {
  const parsed = v.safeParse(PlanSchema, raw);
  if (!parsed.success)
    return fail(
      ...parsed.issues
        .slice(0, MAX_PROBLEMS)
        .map((issue): Problem => ({ code: 'invalid-field', detail: where(issue) })),
    );
  const plan = parsed.output;
  const problems: Problem[] = [];
  const kinds = new Map<string, (typeof plan.accounts)[number]['kind']>();
  for (const account of plan.accounts) {
    if (kinds.has(account.id)) problems.push({ code: 'duplicate-account', detail: account.name });
    kinds.set(account.id, account.kind);
  }
  const seen = new Set<string>();
  for (const p of plan.progress) {
    const kind = kinds.get(p.accountId);
    if (!kind) problems.push({ code: 'unknown-account', detail: p.accountId });
    else if (!stepsFor(kind).some((s) => s.id === p.stepId))
      problems.push({ code: 'unknown-step', detail: p.stepId });
    const key = `${p.accountId}\u0000${p.stepId}`;
    if (seen.has(key)) problems.push({ code: 'duplicate-step', detail: p.stepId });
    seen.add(key);
  }
  if (problems.length) return fail(...problems.slice(0, MAX_PROBLEMS));
  return { ok: true, plan, encrypted: false };
}

/**
 * Reads an export file as untrusted input. Never throws; every problem comes back as a code.
 * The size is checked before anything is parsed; an encrypted file with weak or unknown
 * key settings is refused before any key is derived.
 */
export async function readPlanFile(
  text: string,
  byteSize: number,
  passphrase?: string,
): Promise<ImportResult> {
  try {
    if (byteSize > MAX_FILE_BYTES || text.length > MAX_FILE_BYTES) return fail({ code: 'too-big' });
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return fail({ code: 'not-json' });
    }
    const header = v.safeParse(HeaderSchema, raw);
    if (!header.success) return fail({ code: 'not-lockstep' });
    if (header.output.version > FORMAT_VERSION)
      return fail({ code: 'newer-version', detail: String(header.output.version) });

    if (typeof raw === 'object' && raw !== null && 'encrypted' in raw) {
      const file = v.safeParse(EncryptedFileSchema, raw);
      if (!file.success)
        return fail(
          ...file.issues
            .slice(0, MAX_PROBLEMS)
            .map((issue): Problem => ({ code: 'invalid-field', detail: where(issue) })),
        );
      const { kdf, sealed } = file.output.encrypted;
      if (kdf.algorithm !== KDF_ALGORITHM || kdf.iterations < MIN_ITERATIONS)
        return fail({ code: 'weak-key-settings' });
      if (!passphrase) return fail({ code: 'needs-passphrase' });
      let inner: string;
      try {
        const key = await deriveKey(passphrase, { ...kdf, algorithm: KDF_ALGORITHM });
        inner = await unseal(key, sealed, EXPORT_CONTEXT);
      } catch (error) {
        if (error instanceof WrongKeyError) return fail({ code: 'wrong-passphrase' });
        throw error;
      }
      let plan: unknown;
      try {
        plan = JSON.parse(inner);
      } catch {
        return fail({ code: 'not-json' });
      }
      const result = checkPlan(plan);
      return result.ok ? { ...result, encrypted: true } : result;
    }

    const file = v.safeParse(PlainFileSchema, raw);
    if (!file.success)
      return fail(
        ...file.issues
          .slice(0, MAX_PROBLEMS)
          .map((issue): Problem => ({ code: 'invalid-field', detail: where(issue) })),
      );
    return checkPlan(file.output.plan);
  } catch {
    return fail({ code: 'not-lockstep' });
  }
}
