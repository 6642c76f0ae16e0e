import type { Db } from './database';
import { forgetFilesKey } from './files-key';
import type { PlanData } from './plan-storage';
import type { SealedFacts } from './sealed-facts';
import type { SettingChange } from './sealed-settings';
import type { Finding } from './tamper-checks';

/**
 * What one opened storage holds of the passphrase lock: the key (only ever in memory), the plan
 * it last opened, and whether it last saw a sealed plan. Shared by the storage modules.
 */

/**
 * The key this page derived, and the salt it was derived with (which vault it opens). Keys for
 * `v: 3` vaults also carry their key-check value and the MAC key (lib/crypto/keys.ts); keys
 * for older vaults (straight from PBKDF2) have neither.
 */
export interface HeldKey {
  readonly crypto: CryptoKey;
  readonly salt: string;
  readonly check?: string;
  readonly mac?: CryptoKey;
}

/** The last plan this page opened, by revision (never reused) and salt: no second decrypt. */
export interface OpenedPlan {
  readonly rev: number;
  readonly salt: string;
  readonly data: PlanData;
  readonly skipped: number;
  readonly facts: SealedFacts;
}

export interface Held {
  key: HeldKey | null;
  cache: OpenedPlan | null;
  sealedSeen: boolean;
  /** What the last full read caught (tamper-checks.ts); cleared when the person goes on. */
  findings: readonly Finding[];
  /** Clear settings that differ from the sealed copy at the last unlock (settings-seal.ts). */
  settingChanges: readonly SettingChange[];
}

/** What every storage module is handed: the database, and what this page holds of the lock. */
export interface StorageContext {
  readonly db: () => Promise<Db>;
  readonly held: Held;
  /** PBKDF2 iterations for new keys (tests only: the app uses NEW_KEY_ITERATIONS). */
  readonly iterations?: number;
}

/** Nothing held yet: no key, nothing opened, no vault seen. */
export const holdNothing = (): Held => ({
  key: null,
  cache: null,
  sealedSeen: false,
  findings: [],
  settingChanges: [],
});

/** Drops the key and the plan it opened (this page only). */
export function forgetKey(held: Held): void {
  held.key = null;
  held.cache = null;
  held.settingChanges = [];
  forgetFilesKey(held);
}
