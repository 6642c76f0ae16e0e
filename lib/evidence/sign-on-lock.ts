import { toRecord, valuesOf } from '../plan/records';
import type { StoreCore } from '../state/store-core';
import { signEntries } from './chain';
import { checkLog } from './check';

/**
 * When the lock goes on (or the passphrase changes), the entries written without it get their
 * HMAC under the new MAC key, so "Check this log" counts them as signed. Only a log that holds
 * is signed: signing vouches for what is there now, never for a changed entry.
 * Returns how many entries were signed (0 when none needed it or the log does not hold).
 */
export async function signEvidenceOnLock({
  records,
  storage,
  write,
}: Pick<StoreCore, 'records' | 'storage' | 'write'>): Promise<number> {
  const mac = storage.evidenceFiles?.macKey() ?? null;
  const entries = valuesOf(records.value, 'evidence');
  if (!mac || entries.length === 0) return 0;
  if (!(await checkLog(entries)).holds) return 0;
  const signed = (await signEntries(entries, mac)).map((e) => toRecord('evidence', e));
  if (signed.length === 0) return 0;
  const byId = new Map(signed.map((r) => [r.id, r]));
  records.value = records.value.map((r) => (r.type === 'evidence' && byId.get(r.id)) || r);
  return (await write(() => storage.putRecords(signed))) ? signed.length : 0;
}
