import type { KdfParams } from '../crypto/seal';
import { VaultDamagedError } from './plan-storage';
import { VAULT_KEY, type RevisionMark, type VaultRecord } from './schema';

/**
 * The vault's checks that need no key and no database: what a sealed record binds into its
 * sealed data (revision and key settings), and whether key settings read from disk are possible.
 */

/** Additional data of records written before `v: 2`: a sealed export can never pass for them. */
const LEGACY_CONTEXT = 'lockstep-vault-1';

/**
 * What a `v: 2` record binds into its sealed data: its revision and how its key is derived. A
 * record whose rev or key settings were changed on disk no longer opens.
 */
export function vaultContext(rev: number, kdf: KdfParams): string {
  return ['lockstep-vault-2', rev, kdf.algorithm, kdf.iterations, kdf.salt].join('\u0000');
}

/** What a `v: 3` record binds in: its revision, key settings and key-check value. */
export function vaultContext3(rev: number, kdf: KdfParams, check: string): string {
  return ['lockstep-vault-3', rev, kdf.algorithm, kdf.iterations, kdf.salt, check].join('\u0000');
}

/** The additional data `record` was sealed with. */
export function contextOf(record: VaultRecord): string {
  if (record.v === 3) return vaultContext3(record.rev, record.kdf, record.check ?? '');
  return record.v === 2 ? vaultContext(record.rev, record.kdf) : LEGACY_CONTEXT;
}

/** Whether this vault should be sealed again under new keys: older format, or a lower count. */
export const needsRewrap = (record: VaultRecord, newIterations: number): boolean =>
  record.v !== 3 || record.kdf.iterations < newIterations;

/** Whether what is stored under the vault key is a sealed plan (not a revision mark). */
export const isVault = (record: VaultRecord | RevisionMark | undefined): record is VaultRecord =>
  record !== undefined && record.key === VAULT_KEY && 'sealed' in record;

/** Key settings read from disk are checked before any work: a tampered count cannot hang. */
export function checkKdf(kdf: KdfParams, limits: { max: number; algorithm: string }): void {
  const { iterations } = kdf;
  if (kdf.algorithm !== limits.algorithm || !Number.isSafeInteger(iterations))
    throw new VaultDamagedError();
  if (iterations < 1 || iterations > limits.max) throw new VaultDamagedError();
}
