import { padToBucket } from '../crypto/pad';
import type { KdfParams } from '../crypto/seal';
import { ChangedDataError, WrongKeyError } from '../crypto/errors';
import type { Db } from './database';
import { forgetKey, type HeldKey, type OpenedPlan, type StorageContext } from './held-key';
import { recordReader, sealing } from './late';
import { decodePlan, encodePlan } from './plan-codec';
import { fingerprint, rawPlain } from './plain-stores';
import { LockedError, type PlanData } from './plan-storage';
import type { SealedSettings } from './sealed-settings';
import { REVISION_KEY, VAULT_KEY, type RevisionMark, type VaultRecord } from './schema';
import { contextOf, isVault, vaultContext, vaultContext3 } from './vault-checks';

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
 * Otherwise a candidate key is refused with WrongKeyError (wrong passphrase, or a changed key
 * check: it cannot tell) or ChangedDataError (the key check matches: the data was changed).
 */
export async function openVault(
  { held }: StorageContext,
  record: VaultRecord,
  withKey: HeldKey,
): Promise<OpenedPlan> {
  const refuse = (error: Error): never => {
    if (withKey !== held.key) throw error;
    forgetKey(held);
    throw new LockedError();
  };
  if (record.kdf.salt !== withKey.salt) refuse(new LockedError());
  if (held.cache?.rev === record.rev && held.cache.salt === withKey.salt) return held.cache;
  if (record.v === 3 && (!record.check || record.check !== withKey.check))
    refuse(new WrongKeyError());
  const { unseal } = await sealing();
  let text = '';
  try {
    text = await unseal(withKey.crypto, record.sealed, contextOf(record));
  } catch (error) {
    if (!(error instanceof WrongKeyError)) throw error;
    refuse(record.v === 3 ? new ChangedDataError() : error);
  }
  const opened = decodePlan(text, await recordReader());
  held.cache = { rev: record.rev, salt: withKey.salt, ...opened };
  return held.cache;
}

/** The revision mark as stored (undefined before any vault was made). */
export async function readMark(database: Db): Promise<RevisionMark | undefined> {
  const mark = await database.get('vault', REVISION_KEY);
  return mark && !isVault(mark) ? (mark as RevisionMark) : undefined;
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
  /** The person's check word, sealed with the plan (null: none chosen). */
  readonly checkWord: string | null;
  /** A re-seal of the files is under way (reseal-marker.ts); undefined: as the plan opened says. */
  readonly resealing?: boolean;
  /** The sealed copy of the clear settings (sealed-settings.ts); undefined: as the plan opened says. */
  readonly settings?: SealedSettings | null;
}

/**
 * Seals `data` under `withKey` and stores it as revision `base + 1`, if the vault is still at
 * `expectedRev` and no revision above `base` was ever used. False, and nothing written, if not.
 */
export async function putVault(
  { db, held }: StorageContext,
  data: PlanData,
  { withKey, kdf, expectedRev, base, plainFingerprint, checkWord, ...kept }: VaultTarget,
): Promise<boolean> {
  const alsoClearPlain = plainFingerprint !== undefined;
  const rev = base + 1;
  const { seal } = await sealing();
  const { check } = withKey;
  const context = check ? vaultContext3(rev, kdf, check) : vaultContext(rev, kdf);
  const opened = held.cache?.rev === expectedRev ? held.cache.facts : null;
  const resealing = kept.resealing ?? (opened ? opened.resealing : false);
  const settings = kept.settings === undefined ? (opened?.settings ?? null) : kept.settings;
  const facts = { changedAt: Date.now(), checkWord, resealing, settings };
  // Padded to a size bucket: the sealed length says little about how much the plan holds.
  const sealed = await seal(withKey.crypto, padToBucket(encodePlan(data, facts)), context);
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
    vault.put(
      check
        ? { key: VAULT_KEY, v: 3, rev, kdf, check, sealed }
        : { key: VAULT_KEY, v: 2, rev, kdf, sealed },
    ),
    vault.put({ key: REVISION_KEY, v: 3, rev }),
  ];
  if (alsoClearPlain) {
    writes.push(tx.objectStore('accounts').clear(), tx.objectStore('progress').clear());
    writes.push(tx.objectStore('records').clear());
    writes.push(tx.objectStore('settings').delete('localHelpLine'));
  }
  await Promise.all([...writes, tx.done]);
  held.cache = { rev, salt: withKey.salt, data, skipped: 0, facts };
  return true;
}
