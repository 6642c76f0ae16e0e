import { ChangedDataError, WrongKeyError } from '../crypto/errors';
import type { KdfParams } from '../crypto/seal';
import { ALL_STORES, type Db } from './database';
import { afterLockChange, beforeLockSet } from './evidence-reseal';
import { FILES_KEY_SETTING } from './evidence-schema';
import { filesKeyForLockOff } from './files-key';
import { forgetKey, type HeldKey, type StorageContext } from './held-key';
import { keyFor, newIterations, newKeys } from './lock-keys';
import { readPlain } from './plain-stores';
import { LockedError, type LockState, type PlanData } from './plan-storage';
import { REVISION_KEY, VAULT_KEY, type VaultRecord } from './schema';
import { cleanCheckWord } from './sealed-facts';
import { sealedCopyOf } from './sealed-settings';
import { compareSettingsAfterUnlock } from './settings-seal';
import { openVault, lastRevision, putVault, readVault } from './vault';
import { needsRewrap } from './vault-checks';
import { MAX_RETRIES, TOO_BUSY } from './write';

/**
 * The passphrase lock: turning it on (or changing the passphrase), unlocking, checking a
 * passphrase, and turning it off. When another page sets the lock again, the vault's salt
 * differs and this page drops its key (see vault.ts) instead of writing with a stale one.
 */

/** `none`, `locked` or `unlocked`, as this page last saw it. */
export function lockState({ held }: StorageContext): LockState {
  if (!held.sealedSeen) return 'none';
  return held.key ? 'unlocked' : 'locked';
}

/**
 * Derives the key once and opens the plan; rejects with WrongKeyError (wrong passphrase, or it
 * cannot tell) or ChangedDataError (right passphrase, changed data) and changes nothing. A vault
 * in an older format or under a lower count than new keys get is then sealed again (re-wrapped)
 * under new keys; if that fails, the old vault stays as it was and opens next time.
 */
export async function unlock(context: StorageContext, passphrase: string): Promise<void> {
  const { db, held } = context;
  const record = await readVault(await db());
  held.sealedSeen = record !== undefined;
  if (!record) return;
  const candidate = await keyFor(record, passphrase);
  held.cache = null;
  await openVault(context, record, candidate); // throws: nothing changes
  held.key = candidate;
  if (needsRewrap(record, await newIterations(context.iterations)))
    await rewrap(context, record, passphrase).catch(() => undefined);
  await compareSettingsAfterUnlock(context).catch(() => undefined);
}

/** Seals the opened `record` again under new keys, if no other page wrote meanwhile. */
async function rewrap(context: StorageContext, record: VaultRecord, passphrase: string) {
  const { held } = context;
  if (!held.key) return;
  const { data, facts } = await openVault(context, record, held.key);
  const { key, kdf } = await newKeys(passphrase, context.iterations);
  const { checkWord } = facts;
  const target = { withKey: key, kdf, expectedRev: record.rev, base: record.rev, checkWord };
  if (await putVault(context, data, target)) held.key = key;
}

/** Whether this passphrase opens the sealed plan (false when there is none). Changes nothing. */
export async function checkPassphrase(context: StorageContext, passphrase: string) {
  const record = await readVault(await context.db());
  if (!record) return false;
  const probe: StorageContext = { db: context.db, held: { ...context.held, cache: null } };
  try {
    await openVault(probe, record, await keyFor(record, passphrase));
    return true;
  } catch (error) {
    if (error instanceof WrongKeyError || error instanceof ChangedDataError) return false;
    throw error;
  }
}

/**
 * Seals the plan under a new passphrase, in one transaction (also to change it), with the
 * check word `checkWord` (undefined: keep the one the sealed plan has, if any).
 */
export async function setPassphrase(
  context: StorageContext,
  passphrase: string,
  checkWord?: string | null,
): Promise<void> {
  const { db, held } = context;
  const { key: newKey, kdf } = await newKeys(passphrase, context.iterations);
  const chosen = checkWord === undefined ? undefined : cleanCheckWord(checkWord);
  // The evidence files' key; true when plain chunks wait for a re-seal (evidence-reseal.ts).
  const resealing = await beforeLockSet(context);
  for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
    const database = await db();
    const record = await readVault(database);
    let sealed: boolean;
    if (record) {
      if (!held.key) throw new LockedError();
      const { data, facts } = await openVault(context, record, held.key);
      const word = chosen === undefined ? facts.checkWord : chosen;
      const target = { withKey: newKey, kdf, expectedRev: record.rev, base: record.rev };
      sealed = await putVault(context, data, { ...target, checkWord: word });
    } else {
      const target = { withKey: newKey, kdf, resealing };
      sealed = await sealPlainPlan(context, database, target, chosen ?? null);
    }
    if (sealed) {
      held.key = newKey;
      held.sealedSeen = true;
      await afterLockChange(context);
      return;
    }
  }
  throw new Error(TOO_BUSY);
}

/**
 * Plain today: seals what is there, then empties the plain stores in the same transaction,
 * unless another page changed them in between (false: read again and retry). The new vault's
 * revision starts above every revision this database ever used.
 */
async function sealPlainPlan(
  context: StorageContext,
  database: Db,
  { withKey, kdf, resealing }: { withKey: HeldKey; kdf: KdfParams; resealing: boolean },
  checkWord: string | null,
): Promise<boolean> {
  const [plain, base] = await Promise.all([readPlain(database), lastRevision(database)]);
  const data: PlanData = {
    accounts: plain.accounts,
    progress: plain.progress,
    records: plain.records,
    localHelpLine: plain.settings.localHelpLine,
  };
  const target = { withKey, kdf, expectedRev: null, base, plainFingerprint: plain.fingerprint };
  const settings = sealedCopyOf(plain.settings);
  return putVault(context, data, { ...target, checkWord, resealing, settings });
}

/** Unlocked only: writes the plan back in the clear and removes the sealed copy, atomically. */
export async function removeLock(context: StorageContext): Promise<void> {
  const { db, held } = context;
  const database = await db();
  const record = await readVault(database);
  if (!record) return;
  if (!held.key) throw new LockedError();
  const { data } = await openVault(context, record, held.key);
  const files = await filesKeyForLockOff(context); // kept until the chunks are plain again
  const tx = database.transaction([...ALL_STORES], 'readwrite');
  const [found, mark] = await Promise.all([
    tx.objectStore('vault').get(VAULT_KEY),
    tx.objectStore('vault').get(REVISION_KEY),
  ]);
  if (found?.rev !== record.rev) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new Error('Another Lockstep page changed the plan: try again.');
  }
  const accounts = tx.objectStore('accounts');
  const progress = tx.objectStore('progress');
  const rev = Math.max(record.rev, mark?.rev ?? 0);
  await Promise.all([
    // Rows planted in the plain stores while the lock was on are dropped, never merged.
    accounts.clear(),
    progress.clear(),
    tx.objectStore('records').clear(),
    tx.objectStore('vault').delete(VAULT_KEY),
    // Remembered, so a vault made later never reuses a revision a page may have cached; `off`
    // says Lockstep itself turned the lock off (tamper-checks.ts).
    tx.objectStore('vault').put({ key: REVISION_KEY, v: 3, rev, off: true }),
    ...data.accounts.map((a) => accounts.put(a)),
    ...data.progress.map((p) => progress.put(p)),
    ...data.records.map((r) => tx.objectStore('records').put(r)),
    tx.objectStore('settings').put({ key: 'localHelpLine', value: data.localHelpLine }),
    ...(files ? [tx.objectStore('settings').put({ key: FILES_KEY_SETTING, value: files })] : []),
    tx.done,
  ]);
  forgetKey(held);
  held.sealedSeen = false;
  await afterLockChange(context);
}

/** Forgets the key (this page only). */
export const lock = ({ held }: StorageContext): void => forgetKey(held);
