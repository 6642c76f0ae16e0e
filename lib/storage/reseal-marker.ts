import type { Db } from './database';
import { plainChunkCount } from './evidence-files';
import { readFilesKeyState, writeFilesKeyState } from './files-key';
import type { StorageContext } from './held-key';
import { LockedError } from './plan-storage';
import type { SealedFacts } from './sealed-facts';
import { openVault, putVault, readVault } from './vault';
import { MAX_RETRIES, TOO_BUSY } from './write';

/**
 * Whether a re-seal to sealed is under way is said inside the sealed plan (`resealing` in its
 * facts), so nobody without the passphrase can forge it: a plain marker could hide planted
 * plain chunks from the tamper notice. Sealed plans written before this say nothing (`null`):
 * for them alone the old plain marker (`resealTo` in the files key's settings row) is read, once,
 * until the next re-seal moves the answer into the sealed plan (`settleMarker`).
 */

/** True when the sealed plan says a re-seal to sealed is under way (its plain chunks are known). */
export async function resealRecorded(database: Db, facts: SealedFacts): Promise<boolean> {
  if (facts.resealing !== null) return facts.resealing;
  return (await readFilesKeyState(database))?.resealTo === 'sealed'; // sealed before the move
}

/** Plain chunks beside the sealed plan with no re-seal recorded in it: for the tamper check. */
export async function plantedChunks(database: Db, facts: SealedFacts): Promise<number> {
  return (await resealRecorded(database, facts)) ? 0 : plainChunkCount(database);
}

/** The facts of the opened sealed plan (the key must be held). */
export async function sealedFactsNow(context: StorageContext): Promise<SealedFacts | null> {
  const record = await readVault(await context.db());
  if (!record) return null;
  if (!context.held.key) throw new LockedError();
  return (await openVault(context, record, context.held.key)).facts;
}

/** Seals `resealing` into the plan as its next revision (the key must be held). */
async function writeResealing(context: StorageContext, resealing: boolean): Promise<void> {
  const { db, held } = context;
  for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
    const record = await readVault(await db());
    if (!record) return;
    if (!held.key) throw new LockedError();
    const { data, facts } = await openVault(context, record, held.key);
    if (facts.resealing === resealing) return;
    const { checkWord } = facts;
    const target = {
      withKey: held.key,
      kdf: record.kdf,
      expectedRev: record.rev,
      base: record.rev,
    };
    if (await putVault(context, data, { ...target, checkWord, resealing })) return;
  }
  throw new Error(TOO_BUSY);
}

/**
 * A re-seal to sealed ended (or had nothing to do): the sealed plan says none is under way, and
 * the old plain marker goes. Leaves a plan sealed before the move alone while the key is not held.
 */
export async function settleMarker(context: StorageContext, facts: SealedFacts): Promise<void> {
  const database = await context.db();
  if (facts.resealing !== false) {
    if (!context.held.key) return;
    await writeResealing(context, false);
  }
  const state = await readFilesKeyState(database);
  if (state?.resealTo !== 'sealed') return;
  const rest = { ...state };
  delete rest.resealTo;
  await writeFilesKeyState(database, rest);
}
