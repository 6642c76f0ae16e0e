import { forgetKey, type StorageContext } from './held-key';
import { readPlain } from './plain-stores';
import { LockedError, type Snapshot } from './plan-storage';
import { openVault, readVault } from './vault';

/** The whole plan, read in one go: from the plain stores, or from the vault with the held key. */
export async function loadSnapshot(context: StorageContext): Promise<Snapshot> {
  const { db, held } = context;
  const database = await db();
  const [plain, record] = await Promise.all([readPlain(database), readVault(database)]);
  held.sealedSeen = record !== undefined;
  if (!record) {
    forgetKey(held);
    const { accounts, progress, records, settings, skipped } = plain;
    return { accounts, progress, records, settings, skipped };
  }
  if (!held.key) throw new LockedError();
  const { data, skipped } = await openVault(context, record, held.key);
  return {
    accounts: data.accounts,
    progress: data.progress,
    records: data.records,
    settings: { ...plain.settings, localHelpLine: data.localHelpLine },
    skipped: plain.skipped + skipped,
  };
}
