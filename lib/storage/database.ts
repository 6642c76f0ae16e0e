import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { StorageEvent } from './plan-storage';
import { DB_VERSION, type LockstepDB } from './schema';
import { upgrade } from './upgrades';

/**
 * Opening and upgrading the database: the one module that imports `idb` at run time. Opens
 * lazily; a connection the browser closes (`terminated`) is reopened on next use; a newer tab's
 * upgrade makes this one close and say so.
 */

export type Db = IDBPDatabase<LockstepDB>;

/** A transaction over the plain stores (and maybe the vault), to read them. */
export type PlainTx = IDBPTransaction<
  LockstepDB,
  ('accounts' | 'progress' | 'settings' | 'vault' | 'records')[],
  'readonly' | 'readwrite'
>;

/** A read-write transaction over every store. */
export type WriteTx = IDBPTransaction<
  LockstepDB,
  ['accounts', 'progress', 'settings', 'vault', 'records'],
  'readwrite'
>;

export const ALL_STORES = ['accounts', 'progress', 'settings', 'vault', 'records'] as const;
export const PLAN_STORES = ['accounts', 'progress', 'settings', 'records'] as const;

/** One page's way to the database: `db()` opens it when first needed, `close()` lets it go. */
export interface Connection {
  readonly db: () => Promise<Db>;
  readonly close: () => void;
}

/**
 * A connection to the database `name`, upgraded to DB_VERSION on first open. `emit` is told
 * when an old tab blocks the upgrade, when this tab must give way, or on reopen.
 */
export function connect(name: string, emit: (event: StorageEvent) => void): Connection {
  let current: Promise<Db> | null = null;
  let closed = false;

  const open = (): Promise<Db> => {
    let wasBlocked = false;
    const opening = openDB<LockstepDB>(name, DB_VERSION, {
      upgrade: (db, oldVersion, newVersion, tx) =>
        upgrade(db, oldVersion, newVersion ?? DB_VERSION, tx),
      blocked: () => {
        wasBlocked = true;
        emit({ type: 'blocked' });
      },
      blocking: () => {
        // A newer Lockstep wants to upgrade: give way at once, then tell the page to reload.
        void opening.then((db) => db.close());
        current = null;
        emit({ type: 'version-change' });
      },
      terminated: () => {
        current = null;
        if (!closed) emit({ type: 'reopened' });
      },
    }).then((db) => {
      if (wasBlocked) emit({ type: 'unblocked' });
      return db;
    });
    opening.catch(() => {
      current = null;
    });
    return opening;
  };

  return {
    db: () => (current ??= open()),
    close() {
      closed = true;
      void current?.then((d) => d.close());
      current = null;
    },
  };
}
