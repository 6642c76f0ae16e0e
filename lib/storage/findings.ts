import { dropPlantedChunks } from './evidence-reseal';
import type { StorageContext } from './held-key';
import { readPlain } from './plain-stores';
import { LockedError } from './plan-storage';
import { REVISION_KEY } from './schema';
import { cleanCheckWord } from './sealed-facts';
import { lastRevision, openVault, putVault, readVault } from './vault';
import { MAX_RETRIES, TOO_BUSY } from './write';

/**
 * Sealed writes that are not plan changes: going on after a change made outside Lockstep was
 * caught, and choosing the check word.
 */

/**
 * The person chose to go on: with the plan sealed, the sealed plan is written again above every
 * revision ever used, and the plain stores are emptied in the same transaction (rows planted
 * there are dropped, never merged). With no sealed plan, the lock stays off and is marked so.
 */
export async function acceptFindings(context: StorageContext): Promise<void> {
  const { db, held } = context;
  for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
    const database = await db();
    const record = await readVault(database);
    if (!record) {
      const rev = await lastRevision(database);
      await database.put('vault', { key: REVISION_KEY, v: 3, rev, off: true });
      held.findings = [];
      return;
    }
    if (!held.key) throw new LockedError();
    const { data, facts } = await openVault(context, record, held.key);
    const [plain, base] = await Promise.all([readPlain(database), lastRevision(database)]);
    const target = { withKey: held.key, kdf: record.kdf, expectedRev: record.rev, base };
    const { fingerprint: plainFingerprint } = plain;
    const { checkWord } = facts;
    if (await putVault(context, data, { ...target, plainFingerprint, checkWord })) {
      await dropPlantedChunks(database, facts);
      held.findings = [];
      return;
    }
  }
  throw new Error(TOO_BUSY);
}

/** Seals `word` (trimmed; empty removes it) as the check word shown after every unlock. */
export async function setCheckWord(context: StorageContext, word: string): Promise<void> {
  const { db, held } = context;
  for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
    const record = await readVault(await db());
    if (!record || !held.key) throw new LockedError();
    const { data } = await openVault(context, record, held.key);
    const target = {
      withKey: held.key,
      kdf: record.kdf,
      expectedRev: record.rev,
      base: record.rev,
    };
    if (await putVault(context, data, { ...target, checkWord: cleanCheckWord(word) })) return;
  }
  throw new Error(TOO_BUSY);
}
