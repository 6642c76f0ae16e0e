import { openDB, type IDBPDatabase } from 'idb';
import type { Account, StepProgress } from '../plan/types';
import type { PlanStorage, Snapshot, StorageEvent } from './plan-storage';
import { DB_NAME, DB_VERSION, type LockstepDB } from './schema';
import { upgrade } from './upgrades';
import { readAccount, readProgress, readSettings } from './validate';

type Db = IDBPDatabase<LockstepDB>;

export interface IdbStorageOptions {
  readonly name?: string;
  /** Told when an old tab blocks an upgrade, when this tab must give way, or on reopen. */
  readonly onEvent?: (event: StorageEvent) => void;
}

/**
 * The one module that talks to IndexedDB. Opens lazily; a connection the browser closes
 * (`terminated`) is reopened on next use; a newer tab's upgrade makes this one close and say so.
 * Rejects when IndexedDB is refused (Firefox private windows): callers fall back to memory.
 */
export async function openIdbStorage(options: IdbStorageOptions = {}): Promise<PlanStorage> {
  const name = options.name ?? DB_NAME;
  const emit = options.onEvent ?? (() => undefined);
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
  const db = (): Promise<Db> => (current ??= open());

  await db();

  return {
    mode: 'persistent',
    async load(): Promise<Snapshot> {
      const tx = (await db()).transaction(['accounts', 'progress', 'settings']);
      const [rawAccounts, rawProgress, rawSettings] = await Promise.all([
        tx.objectStore('accounts').getAll(),
        tx.objectStore('progress').getAll(),
        tx.objectStore('settings').getAll(),
      ]);
      const accounts = rawAccounts.map(readAccount).filter((a): a is Account => a !== null);
      const progress = rawProgress.map(readProgress).filter((p): p is StepProgress => p !== null);
      const { settings, damaged } = readSettings(
        rawSettings.filter((r) => typeof r === 'object' && r !== null && typeof r.key === 'string'),
      );
      const skipped =
        rawAccounts.length - accounts.length + rawProgress.length - progress.length + damaged;
      return { accounts, progress, settings, skipped };
    },
    async putAccounts(accounts) {
      const tx = (await db()).transaction('accounts', 'readwrite');
      await Promise.all([...accounts.map((a) => tx.store.put(a)), tx.done]);
    },
    async deleteAccount(id) {
      const tx = (await db()).transaction(['accounts', 'progress'], 'readwrite');
      const progress = tx.objectStore('progress');
      const keys = await progress.index('byAccount').getAllKeys(id);
      await Promise.all([
        tx.objectStore('accounts').delete(id),
        ...keys.map((key) => progress.delete(key)),
        tx.done,
      ]);
    },
    async putProgress(p) {
      await (await db()).put('progress', p);
    },
    async deleteProgress(accountId, stepId) {
      await (await db()).delete('progress', [accountId, stepId]);
    },
    async putSetting(key, value) {
      await (await db()).put('settings', { key, value });
    },
    async replacePlan(data) {
      const tx = (await db()).transaction(['accounts', 'progress', 'settings'], 'readwrite');
      const accounts = tx.objectStore('accounts');
      const progress = tx.objectStore('progress');
      await Promise.all([
        accounts.clear(),
        progress.clear(),
        ...data.accounts.map((a) => accounts.put(a)),
        ...data.progress.map((p) => progress.put(p)),
        tx.objectStore('settings').put({ key: 'localHelpLine', value: data.localHelpLine }),
        tx.done,
      ]);
    },
    close() {
      closed = true;
      void current?.then((d) => d.close());
      current = null;
    },
  };
}
