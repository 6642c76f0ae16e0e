import type { KdfParams } from '../crypto/seal';
import type { HeldKey } from './held-key';
import { keying, sealing } from './late';
import type { VaultRecord } from './schema';
import { checkKdf } from './vault-checks';

/**
 * Keys from a passphrase, one PBKDF2 run each: the key that may open a stored vault (split keys
 * for `v: 3`, a key straight from PBKDF2 for older ones), and new keys for sealing it again.
 */

/** The candidate key for `record`; its key settings are checked before any slow work. */
export async function keyFor(record: VaultRecord, passphrase: string): Promise<HeldKey> {
  const { deriveKey, KDF_ALGORITHM, MAX_ITERATIONS } = await sealing();
  checkKdf(record.kdf, { max: MAX_ITERATIONS, algorithm: KDF_ALGORITHM });
  const { salt } = record.kdf;
  if (record.v !== 3) return { crypto: await deriveKey(passphrase, record.kdf), salt };
  const keys = await (await keying()).deriveKeys(passphrase, record.kdf);
  return { crypto: keys.data, salt, check: keys.check, mac: keys.mac };
}

/** New split keys under a fresh salt and `iterations` (the count for new keys unless told). */
export async function newKeys(
  passphrase: string,
  iterations?: number,
): Promise<{ key: HeldKey; kdf: KdfParams }> {
  const [{ newKdfParams }, { deriveKeys }] = await Promise.all([sealing(), keying()]);
  const kdf = newKdfParams(iterations);
  const keys = await deriveKeys(passphrase, kdf);
  return { key: { crypto: keys.data, salt: kdf.salt, check: keys.check, mac: keys.mac }, kdf };
}

/** The count new keys use here: `iterations` (tests) or the count for new keys. */
export async function newIterations(iterations?: number): Promise<number> {
  return iterations ?? (await sealing()).NEW_KEY_ITERATIONS;
}
