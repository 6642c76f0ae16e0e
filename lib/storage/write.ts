import type { WriteTx } from './database';
import { forgetKey, type StorageContext } from './held-key';
import { writePlain } from './plain-stores';
import { LockedError, type PlanData } from './plan-storage';
import { openVault, putVault, readVault } from './vault';

/**
 * Every plan write: to the plain stores while the lock is off, or into the vault while it is on
 * and this page holds the key; retried when another page wrote in between.
 */

/** One write, said twice: for the plain stores, and as a change to the sealed plan. */
export interface Change {
  /** Requests on a read-write transaction over every store (it commits when they settle). */
  readonly plain: (tx: WriteTx) => Promise<unknown>;
  readonly sealed: (data: PlanData) => PlanData;
}

/** How many times a write is tried again when another page keeps writing at the same time. */
export const MAX_RETRIES = 5;
export const TOO_BUSY = 'Another Lockstep page kept writing at the same time.';

/** Writes `change` where the plan is now; LockedError when it is sealed and no key is held. */
export async function write(context: StorageContext, change: Change): Promise<void> {
  const { db, held } = context;
  // Without a key this page expects the plain stores: one transaction, which itself checks
  // that no other page turned the lock on (the usual case costs no extra read).
  if (!held.key && (await writePlain(await db(), change.plain))) {
    held.sealedSeen = false;
    return;
  }
  for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
    const record = await readVault(await db());
    held.sealedSeen = record !== undefined;
    if (!record) {
      forgetKey(held);
      if (await writePlain(await db(), change.plain)) return;
      continue;
    }
    if (!held.key) throw new LockedError();
    const withKey = held.key;
    const { data, facts } = await openVault(context, record, withKey);
    const target = { withKey, kdf: record.kdf, expectedRev: record.rev, base: record.rev };
    const { checkWord } = facts;
    if (await putVault(context, change.sealed(data), { ...target, checkWord })) return;
  }
  throw new Error(TOO_BUSY);
}
