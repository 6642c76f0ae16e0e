import type { DBSchema } from 'idb';
import type { Account, StepProgress } from '../plan/types';

export const DB_NAME = 'lockstep';

/**
 * Bump this and add one step to `UPGRADES` (lib/storage/upgrades.ts) for every schema change,
 * then teach tests/unit/storage-migrations.test.ts to write a database of the old version.
 */
export const DB_VERSION = 1;

/** A progress record's key: one per account and step. */
export type ProgressKey = [accountId: string, stepId: string];

export interface SettingRecord {
  readonly key: string;
  readonly value: unknown;
}

export interface LockstepDB extends DBSchema {
  accounts: { key: string; value: Account };
  progress: { key: ProgressKey; value: StepProgress; indexes: { byAccount: string } };
  settings: { key: string; value: SettingRecord };
}

export const STORE_NAMES = ['accounts', 'progress', 'settings'] as const;
