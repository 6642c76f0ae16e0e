import { plantedChunks } from './reseal-marker';
import { forgetKey, type StorageContext } from './held-key';
import { readPlain } from './plain-stores';
import { LockedError, type Snapshot } from './plan-storage';
import { findTampering } from './tamper-checks';
import { openVault, readMark, readVault } from './vault';

/**
 * The whole plan, read in one go: from the plain stores, or from the vault with the held key.
 * What it catches of a change made outside Lockstep is kept in `held.findings` (the page stops
 * on a notice until the person chooses what to do).
 */
export async function loadSnapshot(context: StorageContext): Promise<Snapshot> {
  const { db, held } = context;
  const database = await db();
  const [plain, record, mark] = await Promise.all([
    readPlain(database),
    readVault(database),
    readMark(database),
  ]);
  held.sealedSeen = record !== undefined;
  const found = findTampering({ vaultRev: record?.rev ?? null, mark, plainRows: plain.planRows });
  // Shown once the plan is open (going on re-seals it, which needs the key).
  held.findings = record && !held.key ? [] : found;
  if (!record) {
    forgetKey(held);
    const { accounts, progress, records, settings, skipped } = plain;
    return { accounts, progress, records, settings, skipped };
  }
  if (!held.key) throw new LockedError();
  const { data, skipped, facts } = await openVault(context, record, held.key);
  // Plain evidence chunks count as planted unless the sealed plan records a re-seal.
  const planted = await plantedChunks(database, facts);
  const plainRows = plain.planRows + planted;
  if (planted > 0) held.findings = findTampering({ vaultRev: record.rev, mark, plainRows });
  return {
    accounts: data.accounts,
    progress: data.progress,
    records: data.records,
    settings: { ...plain.settings, localHelpLine: data.localHelpLine },
    skipped: plain.skipped + skipped,
  };
}
