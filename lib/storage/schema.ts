import type { DBSchema } from 'idb';
import type { KdfParams, Sealed } from '../crypto/seal';
import type { PlanRecord, RecordType } from '../plan/records';
import type { Account, StepProgress } from '../plan/types';
import type { ChunkKey, ChunkRecord } from './evidence-schema';

export const DB_NAME = 'lockstep';

/**
 * Bump this and add one step to `UPGRADES` (lib/storage/upgrades.ts) for every schema change,
 * then teach tests/unit/storage-migrations.test.ts to write a database of the old version.
 */
export const DB_VERSION = 4;

/** A progress record's key: one per account and step. */
export type ProgressKey = [accountId: string, stepId: string];

export interface SettingRecord {
  readonly key: string;
  readonly value: unknown;
}

/**
 * With the lock on, the whole plan (accounts, progress, records, local help line) is this one sealed
 * record, and the plain stores are empty. `rev` grows with every write and is never reused (see
 * RevisionMark), so two open pages never overwrite each other's change unseen, and a page never
 * mistakes a new vault for one it has cached.
 *
 * `v: 2` records bind `rev` and `kdf` into the sealed data (additional data): changing either on
 * disk makes the record unreadable instead of quietly different. Records without `v` (written
 * before) bind only a fixed context. Both were sealed with a key straight from PBKDF2.
 *
 * `v: 3` records are sealed with the data key that HKDF splits from one PBKDF2 run
 * (lib/crypto/keys.ts) and keep `check`, the key-check value, beside it (also bound in): a
 * passphrase whose check matches but whose key does not open the data means the data was
 * changed or damaged. The first unlock of an older record re-wraps it as `v: 3`.
 */
export interface VaultRecord {
  readonly key: typeof VAULT_KEY;
  readonly v?: 2 | 3;
  readonly rev: number;
  readonly kdf: KdfParams;
  /** `v: 3` only: the key-check value (base64). */
  readonly check?: string;
  readonly sealed: Sealed;
}

/**
 * The highest vault revision ever written in this database. It outlives the vault (turning the
 * lock off deletes the vault record, not this), so a vault made again later starts above it.
 */
export interface RevisionMark {
  readonly key: typeof REVISION_KEY;
  readonly rev: number;
  /** `3`: written by a Lockstep that says in `off` whether it turned the lock off. */
  readonly v?: 3;
  /** True when Lockstep itself turned the lock off (a vault missing without it was removed). */
  readonly off?: boolean;
}

export const VAULT_KEY = 'plan';
export const REVISION_KEY = 'last-rev';

export interface LockstepDB extends DBSchema {
  accounts: { key: string; value: Account };
  progress: { key: ProgressKey; value: StepProgress; indexes: { byAccount: string } };
  settings: { key: string; value: SettingRecord };
  vault: { key: string; value: VaultRecord | RevisionMark };
  /** Every other record of the plan (lib/plan/records.ts), by type and id. */
  records: { key: RecordStoreKey; value: PlanRecord; indexes: { byAccount: string } };
  /** The evidence log's files, in chunks (lib/storage/evidence-schema.ts). */
  chunks: { key: ChunkKey; value: ChunkRecord; indexes: { bySealed: number } };
}

export type RecordStoreKey = [type: RecordType, id: string];

export const STORE_NAMES = ['accounts', 'progress', 'settings', 'vault', 'records'] as const;
