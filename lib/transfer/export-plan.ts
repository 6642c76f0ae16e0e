import { deriveKey, newKdfParams, seal } from '../crypto/seal';
import { sortByPosition } from '../plan/order';
import { readRecord } from '../plan/read-records';
import type { PlanData } from '../storage/plan-storage';
import { DISCREET_FORMAT, EXPORT_CONTEXT, FORMAT, FORMAT_VERSION } from './format';

/** Only what the plan is: never a password (Lockstep has none to give). */
function planOnly(data: PlanData): PlanData {
  return {
    accounts: sortByPosition(data.accounts).map(
      ({ id, name, site, kind, position, createdAt, updatedAt }) => ({
        id,
        name,
        site,
        kind,
        position,
        createdAt,
        updatedAt,
      }),
    ),
    progress: data.progress.map(({ accountId, stepId, status, at }) => ({
      accountId,
      stepId,
      status,
      at,
    })),
    // Read again on the way out: only the fields each record type has, nothing else.
    records: data.records.flatMap((record) => readRecord(record) ?? []),
    localHelpLine: data.localHelpLine && {
      name: data.localHelpLine.name,
      phone: data.localHelpLine.phone,
    },
  };
}

/**
 * The export file's text: the plan in the clear, or sealed with a passphrase (AES-GCM 256,
 * PBKDF2-SHA-256 at Lockstep's iteration count, the same as the lock). In discreet mode the
 * file's header does not name Lockstep.
 */
export async function exportPlan(
  data: PlanData,
  passphrase?: string,
  now: number = Date.now(),
  discreet = false,
): Promise<string> {
  const format = discreet ? DISCREET_FORMAT : FORMAT;
  const header = { format, version: FORMAT_VERSION, exportedAt: now };
  if (!passphrase) return JSON.stringify({ ...header, plan: planOnly(data) }, null, 1);
  const kdf = newKdfParams();
  const key = await deriveKey(passphrase, kdf);
  const sealed = await seal(key, JSON.stringify(planOnly(data)), EXPORT_CONTEXT);
  return JSON.stringify({ ...header, encrypted: { kdf, sealed } }, null, 1);
}

/**
 * A file name that says nothing about what is inside (no "Lockstep": a downloads folder is
 * something the other person may look through), with the person's own date; `word` comes in
 * the person's language (lib/transfer/file-names.ts).
 */
export function exportFileName(now: Date = new Date(), word = 'plan', extension = 'json'): string {
  const two = (n: number) => String(n).padStart(2, '0');
  // A translated word as one safe piece of a file name: letters and digits, dashes between.
  const name =
    word
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'plan';
  return `${name}-${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}.${extension}`;
}
