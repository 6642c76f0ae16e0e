import { ALL_STORES, PLAN_STORES, type Db, type PlainTx, type WriteTx } from './database';
import { recordReader } from './late';
import { countPlainRows } from './tamper-checks';
import { VAULT_KEY } from './schema';
import { readRows } from './plan-codec';
import { readSettings } from './validate';

/**
 * The plain stores (accounts, progress, settings, records), where the plan lives while the lock
 * is off: reading them (damaged records skipped and counted) and writing to them.
 */

/** What was stored, as text: the same text means nothing changed in between. */
export const fingerprint = (raw: unknown): string => JSON.stringify(raw);

/** Every record of the plain stores, as stored (damaged ones included). */
export function rawPlain(tx: PlainTx) {
  return Promise.all([
    tx.objectStore('accounts').getAll(),
    tx.objectStore('progress').getAll(),
    tx.objectStore('settings').getAll(),
    tx.objectStore('records').getAll(),
  ]);
}

/** The plain stores read and checked, with how many records were skipped, and a fingerprint. */
export async function readPlain(database: Db) {
  const [raw, readRecord] = await Promise.all([
    rawPlain(database.transaction([...PLAN_STORES])),
    recordReader(),
  ]);
  const [rawAccounts, rawProgress, rawSettings, rawRecords] = raw;
  const {
    accounts,
    progress,
    records,
    skipped: skippedRows,
  } = readRows(rawAccounts, rawProgress, rawRecords, readRecord);
  const { settings, damaged } = readSettings(
    rawSettings.filter((r) => typeof r === 'object' && r !== null && typeof r.key === 'string'),
  );
  const skipped = skippedRows + damaged;
  const planRows = countPlainRows(raw);
  return {
    accounts,
    progress,
    records,
    settings,
    skipped,
    planRows,
    fingerprint: fingerprint(raw),
  };
}

/**
 * A plain write that lands only if the lock was not turned on meanwhile (by another page).
 * `plain` makes requests on a read-write transaction over every store (it commits when they
 * settle). False, and nothing written, when a vault is there.
 */
export async function writePlain(
  database: Db,
  plain: (tx: WriteTx) => Promise<unknown>,
): Promise<boolean> {
  const tx = database.transaction([...ALL_STORES], 'readwrite');
  if ((await tx.objectStore('vault').count(VAULT_KEY)) > 0) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return false;
  }
  await Promise.all([plain(tx), tx.done]);
  return true;
}
