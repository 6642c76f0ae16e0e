import type { PlanRecord, RecordKey } from '../plan/records';
import type { Account, LocalHelpLine, Settings, StepProgress } from '../plan/types';
import type { EvidenceFileStore } from './evidence-store';
import type { SealedFacts } from './sealed-facts';
import type { SettingChange } from './sealed-settings';
import type { Finding } from './tamper-checks';

export type { Finding, SealedFacts, SettingChange };

/** Everything the plan needs, read in one go. */
export interface Snapshot {
  readonly accounts: readonly Account[];
  readonly progress: readonly StepProgress[];
  readonly records: readonly PlanRecord[];
  readonly settings: Settings;
  /** Records that could not be read (damaged) and were left untouched and skipped. */
  readonly skipped: number;
}

/** The person's plan itself: what export carries and import replaces. */
export interface PlanData {
  readonly accounts: readonly Account[];
  readonly progress: readonly StepProgress[];
  /** Phone lines, look-first answers, decisions, step history, findings, device checks, notes. */
  readonly records: readonly PlanRecord[];
  readonly localHelpLine: LocalHelpLine | null;
}

/** What the app sees of storage. Two implementations: IndexedDB, and memory only. */
export interface PlanStorage {
  /**
   * `memory` when the browser refuses IndexedDB: nothing survives closing the page. `session`:
   * an advocate session, in `storage.session` (kept across a reload, gone with the browser).
   */
  readonly mode: 'persistent' | 'memory' | 'session';
  load(): Promise<Snapshot>;
  /** Settings only; readable while locked (quick exit and auto-lock need them). */
  loadSettings(): Promise<Settings>;
  /** Adds or replaces these accounts in one transaction (add, edit, reorder). */
  putAccounts(accounts: readonly Account[]): Promise<void>;
  /** Removes an account, all its step progress and every record it owns in one transaction. */
  deleteAccount(id: string): Promise<void>;
  /** Marks a step; `records` (its history event) are written in the same transaction. */
  putProgress(progress: StepProgress, records?: readonly PlanRecord[]): Promise<void>;
  /** Back to "to do": the step's record is removed (and `records` written, atomically). */
  deleteProgress(accountId: string, stepId: string, records?: readonly PlanRecord[]): Promise<void>;
  /** Adds or replaces these records in one transaction. */
  putRecords(records: readonly PlanRecord[]): Promise<void>;
  /** Removes the records with these keys, and writes `also` in the same transaction. */
  deleteRecords(keys: readonly RecordKey[], also?: readonly PlanRecord[]): Promise<void>;
  putSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void>;
  /** Replaces every account, all progress and records and the local help line, atomically. */
  replacePlan(data: PlanData): Promise<void>;
  /**
   * `none`: no passphrase lock. `locked`: the plan is sealed and this page has no key, so
   * `load` and plan writes reject with LockedError. `unlocked`: sealed, and this page holds the key.
   */
  lockState(): LockState;
  /** Derives the key and opens the plan; rejects with WrongKeyError and changes nothing. */
  unlock(passphrase: string): Promise<void>;
  /**
   * Whether this passphrase opens the sealed plan (false when there is none). Changes nothing:
   * asked before the lock is turned off or changed, and before an export in the clear.
   */
  checkPassphrase(passphrase: string): Promise<boolean>;
  /** Forgets the key (this page only). */
  lock(): void;
  /**
   * Seals the plan under a new passphrase, in one transaction (also to change it), with a check
   * word (undefined keeps the sealed plan's own, if any).
   */
  setPassphrase(passphrase: string, checkWord?: string | null): Promise<void>;
  /**
   * Unlocked only: writes the plan back in the clear and removes the sealed copy, atomically;
   * rows planted in the plain stores meanwhile are dropped in that same transaction.
   */
  removeLock(): Promise<void>;
  /** What the last `load` caught of a change made outside Lockstep (IndexedDB only). */
  findings?(): readonly Finding[];
  /** The person goes on: see lib/storage/findings.ts. Unlocked, or with no sealed plan. */
  acceptFindings?(): Promise<void>;
  /** What only the sealed plan says (last change, check word); null unless unlocked. */
  sealedFacts?(): SealedFacts | null;
  /** Clear settings that differ from their sealed copy, found at the last unlock. */
  settingChanges?(): readonly SettingChange[];
  /** The person chose: put the sealed values back, or seal the new ones (settings-seal.ts). */
  resolveSettingChanges?(choice: 'put-back' | 'keep'): Promise<void>;
  /** Unlocked only: seals a new check word (empty removes it). */
  setCheckWord?(word: string): Promise<void>;
  /** The evidence log's files (IndexedDB only: lib/storage/evidence-store.ts). */
  readonly evidenceFiles?: EvidenceFileStore;
  close(): void;
}

export type LockState = 'none' | 'locked' | 'unlocked';

/** The plan is sealed and this page does not hold the key. */
export class LockedError extends Error {
  constructor() {
    super('Lockstep is locked.');
    this.name = 'LockedError';
  }
}

/**
 * The sealed plan's stored key settings are impossible (tampered or damaged): refused before any
 * key is derived, so a huge iteration count cannot freeze the page.
 */
export class VaultDamagedError extends Error {
  constructor() {
    super('The locked plan’s key settings are damaged.');
    this.name = 'VaultDamagedError';
  }
}

export type StorageEvent =
  { type: 'blocked' } | { type: 'unblocked' } | { type: 'version-change' } | { type: 'reopened' };
