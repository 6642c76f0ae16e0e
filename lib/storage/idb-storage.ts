import { connect } from './database';
import { holdNothing, type StorageContext } from './held-key';
import { evidenceFileStore } from './evidence-store';
import { loadSnapshot } from './load';
import { acceptFindings, setCheckWord } from './findings';
import * as lockOps from './lock';
import * as changes from './plan-changes';
import type { PlanStorage, StorageEvent } from './plan-storage';
import { DB_NAME } from './schema';
import { loadSettings, putSetting } from './settings';
import { keepNewSettings, putBackSettings } from './settings-seal';
import { write, type Change } from './write';

export interface IdbStorageOptions {
  readonly name?: string;
  /** Told when an old tab blocks an upgrade, when this tab must give way, or on reopen. */
  readonly onEvent?: (event: StorageEvent) => void;
  /** PBKDF2 iterations for a new passphrase (tests only: never below the floor in the app). */
  readonly iterations?: number;
}

/**
 * The plan kept in IndexedDB, put together from one module per concern: database.ts (opening,
 * upgrading, reopening), plain-stores.ts, vault.ts and vault-checks.ts, plan-changes.ts and
 * write.ts (records), settings.ts, lock.ts (lock on, off, passphrase change); erase.ts deletes it
 * all. Rejects when IndexedDB is refused (Firefox private windows): callers fall back to memory.
 *
 * With the passphrase lock on, the plan is one AES-GCM record (see VaultRecord). The key lives
 * only in memory (held-key.ts), with the salt it belongs to: when another page turns the lock
 * off and on again or changes the passphrase, this page drops its key and reports LockedError
 * instead of writing with a key that no passphrase derives any more.
 */
export async function openIdbStorage(options: IdbStorageOptions = {}): Promise<PlanStorage> {
  const connection = connect(options.name ?? DB_NAME, options.onEvent ?? (() => undefined));
  const context: StorageContext = {
    db: connection.db,
    held: holdNothing(),
    iterations: options.iterations,
  };
  const change = (c: Change) => write(context, c);

  await connection.db();

  return {
    mode: 'persistent',
    load: () => loadSnapshot(context),
    loadSettings: () => loadSettings(context),
    putAccounts: (accounts) => change(changes.putAccounts(accounts)),
    deleteAccount: (id) => change(changes.deleteAccount(id)),
    putProgress: (p, also = []) => change(changes.putProgress(p, also)),
    deleteProgress: (accountId, stepId, also = []) =>
      change(changes.deleteProgress(accountId, stepId, also)),
    putRecords: (records) => change(changes.putRecords(records)),
    deleteRecords: (keys, also) => change(changes.deleteRecords(keys, also)),
    putSetting: (settingKey, value) => putSetting(context, settingKey, value),
    replacePlan: (data) => change(changes.replacePlan(data)),
    lockState: () => lockOps.lockState(context),
    unlock: (passphrase) => lockOps.unlock(context, passphrase),
    checkPassphrase: (passphrase) => lockOps.checkPassphrase(context, passphrase),
    lock: () => lockOps.lock(context),
    setPassphrase: (passphrase, word) => lockOps.setPassphrase(context, passphrase, word),
    removeLock: () => lockOps.removeLock(context),
    findings: () => context.held.findings,
    acceptFindings: () => acceptFindings(context),
    sealedFacts: () => (context.held.key ? (context.held.cache?.facts ?? null) : null),
    setCheckWord: (word) => setCheckWord(context, word),
    settingChanges: () => context.held.settingChanges,
    resolveSettingChanges: (choice) =>
      choice === 'keep' ? keepNewSettings(context) : putBackSettings(context),
    evidenceFiles: evidenceFileStore(context),
    close() {
      lockOps.lock(context);
      connection.close();
    },
  };
}
