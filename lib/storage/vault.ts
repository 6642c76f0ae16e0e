import type { KdfParams } from '../crypto/seal';
import { WrongKeyError } from '../crypto/errors';
import type { Db } from './database';
import { forgetKey, type HeldKey, type OpenedPlan, type StorageContext } from './held-key';
import { recordReader, sealing } from './late';
import { decodePlan, encodePlan } from './plan-codec';
import { fingerprint, rawPlain } from './plain-stores';
import { LockedError, type PlanData } from './plan-storage';
import { REVISION_KEY, VAULT_KEY, type VaultRecord } from './schema';
import { contextOf, isVault, vaultContext } from './vault-checks';

/**
 * The vault, where the whole plan is one AES-GCM record while the lock is on: reading it,
 * opening it with this page's key (salt checked first), and sealing a plan into it as the next
 * revision. Every seal encrypts before its transaction starts (awaiting crypto inside one would
 * commit it early) and lands only if no other page wrote meanwhile.
 */

/** The sealed plan, or undefined when there is none (the lock is off). */
export async function readVault(database: Db): Promise<VaultRecord | undefined> {
  const record = await database.get('vault', VAULT_KEY);
  return isVault(record) ? record : undefined;
}

/**
 * Opens the vault with `withKey`. A vault sealed under another salt (the lock was set again
 * elsewhere) or that this page's key no longer opens makes this page forget its key: LockedError.
 */
export async function openVault(
  { held }: StorageContext,
  record: VaultRecord,
  withKey: HeldKey,
): Promise<OpenedPlan> {
  if (record.kdf.salt !== withKey.salt) {
    if (withKey === held.key) forgetKey(held);
    throw new LockedError();
  }
  if (held.cache?.rev === record.rev && held.cache.salt === withKey.salt) return held.cache;
  const { unseal } = await sealing();
  let text: string;
  try {
    text = await unseal(withKey.crypto, record.sealed, contextOf(record));
  } catch (error) {
    if (withKey === held.key && error instanceof WrongKeyError) {
      forgetKey(held);
      throw new LockedError();
    }
    throw error;
  }
  const opened = decodePlan(text, await recordReader());
  held.cache = { rev: record.rev, salt: withKey.salt, ...opened };
  return held.cache;
}

/** The highest revision this database has used, vault or not. */
export async function lastRevision(database: Db): Promise<number> {
  const [vault, mark] = await Promise.all([
    database.get('vault', VAULT_KEY),
    database.get('vault', REVISION_KEY),
  ]);
  return Math.max(vault?.rev ?? 0, mark?.rev ?? 0);
}

/** Where a sealed write goes, and what must still be true for it to land. */
export interface VaultTarget {
  readonly withKey: HeldKey;
  readonly kdf: KdfParams;
  /** The vault's revision now; null: there must be no vault. */
  readonly expectedRev: number | null;
  /** The highest revision ever used: the new one is `base + 1`. */
  readonly base: number;
  /** Moving from the plain stores: they must still hold exactly what was read (fingerprint). */
  readonly plainFingerprint?: string;
}

/**
 * Seals `data` under `withKey` and stores it as revision `base + 1`, if the vault is still at
 * `expectedRev` and no revision above `base` was ever used. False, and nothing written, if not.
 */
export async function putVault(
  { db, held }: StorageContext,
  data: PlanData,
  { withKey, kdf, expectedRev, base, plainFingerprint }: VaultTarget,
): Promise<boolean> {
  const alsoClearPlain = plainFingerprint !== undefined;
  const rev = base + 1;
  const { seal } = await sealing();
  const sealed = await seal(withKey.crypto, encodePlan(data), vaultContext(rev, kdf));
  const stores = alsoClearPlain
    ? (['vault', 'accounts', 'progress', 'settings', 'records'] as const)
    : (['vault'] as const);
  const tx = (await db()).transaction([...stores], 'readwrite');
  const vault = tx.objectStore('vault');
  const [found, mark] = await Promise.all([vault.get(VAULT_KEY), vault.get(REVISION_KEY)]);
  const plainNow = alsoClearPlain ? fingerprint(await rawPlain(tx)) : undefined;
  const highest = Math.max(found?.rev ?? 0, mark?.rev ?? 0);
  if ((found?.rev ?? null) !== expectedRev || highest !== base || plainNow !== plainFingerprint) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return false;
  }
  const writes: Promise<unknown>[] = [
    vault.put({ key: VAULT_KEY, v: 2, rev, kdf, sealed }),
    vault.put({ key: REVISION_KEY, rev }),
  ];
  if (alsoClearPlain) {
    writes.push(tx.objectStore('accounts').clear(), tx.objectStore('progress').clear());
    writes.push(tx.objectStore('records').clear());
    writes.push(tx.objectStore('settings').delete('localHelpLine'));
  }
  await Promise.all([...writes, tx.done]);
  held.cache = { rev, salt: withKey.salt, data, skipped: 0 };
  return true;
}
