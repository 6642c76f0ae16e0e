import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { LockstepDB } from './schema';

type UpgradeTx = IDBPTransaction<LockstepDB, StoreNames<LockstepDB>[], 'versionchange'>;

/**
 * One step per schema version: `UPGRADES[n - 1]` takes a database from version n-1 to n.
 * Steps only touch IndexedDB (never await anything else inside the upgrade transaction).
 */
export const UPGRADES: ReadonlyArray<(db: IDBPDatabase<LockstepDB>, tx: UpgradeTx) => void> = [
  // 1: the first schema: accounts, per-step progress, settings.
  (db) => {
    db.createObjectStore('accounts', { keyPath: 'id' });
    const progress = db.createObjectStore('progress', { keyPath: ['accountId', 'stepId'] });
    progress.createIndex('byAccount', 'accountId');
    db.createObjectStore('settings', { keyPath: 'key' });
  },
  // 2: the passphrase lock keeps the whole plan sealed in one record.
  (db) => {
    db.createObjectStore('vault', { keyPath: 'key' });
  },
  // 3: the plan's other records (phone lines, look-first answers, decisions, step history,
  // findings, device checks, notes) in one store; each removed with the account it names.
  (db) => {
    const records = db.createObjectStore('records', { keyPath: ['type', 'id'] });
    records.createIndex('byAccount', 'accountId');
  },
  // 4: the evidence log's files, sealed in chunks (lib/storage/evidence-schema.ts).
  (db) => {
    db.createObjectStore('chunks', { keyPath: ['fileId', 'index'] }).createIndex(
      'bySealed',
      'sealed',
    );
  },
];

/** Runs every step between the stored version and the current one, in order. */
export function upgrade(
  db: IDBPDatabase<LockstepDB>,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
): void {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = UPGRADES[version - 1];
    if (!step) throw new Error(`No upgrade step to version ${version}`);
    step(db, tx);
  }
}
