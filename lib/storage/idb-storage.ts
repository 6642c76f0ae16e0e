import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { Account, StepProgress } from '../plan/types';
import { decodePlan, encodePlan } from './plan-codec';
import {
  LockedError,
  type LockState,
  type PlanData,
  type PlanStorage,
  type Snapshot,
  type StorageEvent,
} from './plan-storage';
import { DB_NAME, DB_VERSION, VAULT_KEY, type LockstepDB, type VaultRecord } from './schema';
import { upgrade } from './upgrades';
import { readAccount, readProgress, readSettings } from './validate';

type Db = IDBPDatabase<LockstepDB>;

export interface IdbStorageOptions {
  readonly name?: string;
  /** Told when an old tab blocks an upgrade, when this tab must give way, or on reopen. */
  readonly onEvent?: (event: StorageEvent) => void;
  /** PBKDF2 iterations for a new passphrase (tests only: never below the floor in the app). */
  readonly iterations?: number;
}

/** WebCrypto work loads only once a plan is (or becomes) locked: most pages never need it. */
const sealing = () => import('../crypto/seal');

/** Additional data bound into the sealed plan: a sealed export can never pass for it. */
const VAULT_CONTEXT = 'lockstep-vault-1';
const MAX_RETRIES = 5;

type PlainTx = IDBPTransaction<
  LockstepDB,
  ('accounts' | 'progress' | 'settings' | 'vault')[],
  'readonly' | 'readwrite'
>;

/** Every record of the plain stores, as stored (damaged ones included). */
function rawPlain(tx: PlainTx) {
  return Promise.all([
    tx.objectStore('accounts').getAll(),
    tx.objectStore('progress').getAll(),
    tx.objectStore('settings').getAll(),
  ]);
}

type WriteTx = IDBPTransaction<
  LockstepDB,
  ['accounts', 'progress', 'settings', 'vault'],
  'readwrite'
>;

const fingerprint = (raw: unknown): string => JSON.stringify(raw);

/** One write, said twice: for the plain stores, and as a change to the sealed plan. */
interface Change {
  /** Requests on a read-write transaction over every store (it commits when they settle). */
  readonly plain: (tx: WriteTx) => Promise<unknown>;
  readonly sealed: (data: PlanData) => PlanData;
}

/**
 * The one module that talks to IndexedDB. Opens lazily; a connection the browser closes
 * (`terminated`) is reopened on next use; a newer tab's upgrade makes this one close and say so.
 * Rejects when IndexedDB is refused (Firefox private windows): callers fall back to memory.
 *
 * With the passphrase lock on, the plan is one AES-GCM record (see VaultRecord). The key lives
 * only in this closure. Every sealed write encrypts before its transaction starts (awaiting
 * crypto inside one would commit it early) and lands only if no other page wrote meanwhile.
 */
export async function openIdbStorage(options: IdbStorageOptions = {}): Promise<PlanStorage> {
  const name = options.name ?? DB_NAME;
  const emit = options.onEvent ?? (() => undefined);
  let current: Promise<Db> | null = null;
  let closed = false;
  let key: CryptoKey | null = null;
  let sealedSeen = false;
  /** The last plan this page opened, by revision: a write need not decrypt it again. */
  let cache: { rev: number; data: PlanData; skipped: number } | null = null;

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

  async function openVault(record: VaultRecord, withKey: CryptoKey) {
    if (cache?.rev === record.rev) return cache;
    const { unseal } = await sealing();
    const opened = decodePlan(await unseal(withKey, record.sealed, VAULT_CONTEXT));
    cache = { rev: record.rev, ...opened };
    return cache;
  }

  /** Seals `data` under `withKey` and stores it, if the vault is still at `expectedRev`. */
  async function putVault(
    data: PlanData,
    withKey: CryptoKey,
    kdf: VaultRecord['kdf'],
    expectedRev: number | null,
    /** Moving from the plain stores: they must still hold exactly what was read (fingerprint). */
    plainFingerprint?: string,
  ): Promise<boolean> {
    const alsoClearPlain = plainFingerprint !== undefined;
    const { seal } = await sealing();
    const sealed = await seal(withKey, encodePlan(data), VAULT_CONTEXT);
    const stores = alsoClearPlain
      ? (['vault', 'accounts', 'progress', 'settings'] as const)
      : (['vault'] as const);
    const tx = (await db()).transaction([...stores], 'readwrite');
    const vault = tx.objectStore('vault');
    const found = await vault.get(VAULT_KEY);
    const plainNow = alsoClearPlain ? fingerprint(await rawPlain(tx)) : undefined;
    if ((found?.rev ?? null) !== expectedRev || plainNow !== plainFingerprint) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return false;
    }
    const rev = (expectedRev ?? 0) + 1;
    const writes: Promise<unknown>[] = [vault.put({ key: VAULT_KEY, rev, kdf, sealed })];
    if (alsoClearPlain) {
      writes.push(tx.objectStore('accounts').clear(), tx.objectStore('progress').clear());
      writes.push(tx.objectStore('settings').delete('localHelpLine'));
    }
    await Promise.all([...writes, tx.done]);
    cache = { rev, data, skipped: 0 };
    return true;
  }

  async function write(change: Change): Promise<void> {
    // Without a key this page expects the plain stores: one transaction, which itself checks
    // that no other page turned the lock on (the usual case costs no extra read).
    if (!key && (await writePlain(change))) {
      sealedSeen = false;
      return;
    }
    for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
      const record = await (await db()).get('vault', VAULT_KEY);
      sealedSeen = record !== undefined;
      if (!record) {
        key = null;
        cache = null;
        if (await writePlain(change)) return;
        continue;
      }
      if (!key) throw new LockedError();
      const { data } = await openVault(record, key);
      if (await putVault(change.sealed(data), key, record.kdf, record.rev)) return;
    }
    throw new Error('Another Lockstep page kept writing at the same time.');
  }

  /** A plain write that lands only if the lock was not turned on meanwhile (by another page). */
  async function writePlain(change: Change): Promise<boolean> {
    const tx = (await db()).transaction(['accounts', 'progress', 'settings', 'vault'], 'readwrite');
    if ((await tx.objectStore('vault').count(VAULT_KEY)) > 0) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return false;
    }
    await Promise.all([change.plain(tx), tx.done]);
    return true;
  }

  async function readPlain(database: Db) {
    const raw = await rawPlain(database.transaction(['accounts', 'progress', 'settings']));
    const [rawAccounts, rawProgress, rawSettings] = raw;
    const accounts = rawAccounts.map(readAccount).filter((a): a is Account => a !== null);
    const progress = rawProgress.map(readProgress).filter((p): p is StepProgress => p !== null);
    const { settings, damaged } = readSettings(
      rawSettings.filter((r) => typeof r === 'object' && r !== null && typeof r.key === 'string'),
    );
    const skipped =
      rawAccounts.length - accounts.length + rawProgress.length - progress.length + damaged;
    return { accounts, progress, settings, skipped, fingerprint: fingerprint(raw) };
  }

  const withAccounts = (data: PlanData, accounts: readonly Account[]): PlanData => {
    const ids = new Set(accounts.map((a) => a.id));
    return { ...data, accounts: [...data.accounts.filter((a) => !ids.has(a.id)), ...accounts] };
  };
  const withoutProgress = (data: PlanData, accountId: string, stepId?: string): PlanData => ({
    ...data,
    progress: data.progress.filter(
      (p) => p.accountId !== accountId || (stepId !== undefined && p.stepId !== stepId),
    ),
  });

  await db();

  return {
    mode: 'persistent',
    async load(): Promise<Snapshot> {
      const database = await db();
      const [plain, record] = await Promise.all([
        readPlain(database),
        database.get('vault', VAULT_KEY),
      ]);
      sealedSeen = record !== undefined;
      if (!record) {
        key = null;
        const { accounts, progress, settings, skipped } = plain;
        return { accounts, progress, settings, skipped };
      }
      if (!key) throw new LockedError();
      const { data, skipped } = await openVault(record, key);
      return {
        accounts: data.accounts,
        progress: data.progress,
        settings: { ...plain.settings, localHelpLine: data.localHelpLine },
        skipped: plain.skipped + skipped,
      };
    },
    async loadSettings() {
      return (await readPlain(await db())).settings;
    },
    putAccounts: (accounts) =>
      write({
        plain: (tx) => Promise.all(accounts.map((a) => tx.objectStore('accounts').put(a))),
        sealed: (data) => withAccounts(data, accounts),
      }),
    deleteAccount: (id) =>
      write({
        plain: async (tx) => {
          const progress = tx.objectStore('progress');
          const keys = await progress.index('byAccount').getAllKeys(id);
          await Promise.all([
            tx.objectStore('accounts').delete(id),
            ...keys.map((k) => progress.delete(k)),
          ]);
        },
        sealed: (data) => ({
          ...withoutProgress(data, id),
          accounts: data.accounts.filter((a) => a.id !== id),
        }),
      }),
    putProgress: (p) =>
      write({
        plain: (tx) => tx.objectStore('progress').put(p),
        sealed: (data) => {
          const rest = withoutProgress(data, p.accountId, p.stepId);
          return { ...rest, progress: [...rest.progress, p] };
        },
      }),
    deleteProgress: (accountId, stepId) =>
      write({
        plain: (tx) => tx.objectStore('progress').delete([accountId, stepId]),
        sealed: (data) => withoutProgress(data, accountId, stepId),
      }),
    async putSetting(settingKey, value) {
      if (settingKey === 'localHelpLine') {
        const line = value as PlanData['localHelpLine'];
        return write({
          plain: (tx) => tx.objectStore('settings').put({ key: settingKey, value }),
          sealed: (data) => ({ ...data, localHelpLine: line }),
        });
      }
      await (await db()).put('settings', { key: settingKey, value });
    },
    replacePlan: (data) =>
      write({
        plain: (tx) => {
          const accounts = tx.objectStore('accounts');
          const progress = tx.objectStore('progress');
          return Promise.all([
            accounts.clear(),
            progress.clear(),
            ...data.accounts.map((a) => accounts.put(a)),
            ...data.progress.map((p) => progress.put(p)),
            tx.objectStore('settings').put({ key: 'localHelpLine', value: data.localHelpLine }),
          ]);
        },
        sealed: () => data,
      }),
    lockState(): LockState {
      if (!sealedSeen) return 'none';
      return key ? 'unlocked' : 'locked';
    },
    async unlock(passphrase) {
      const record = await (await db()).get('vault', VAULT_KEY);
      sealedSeen = record !== undefined;
      if (!record) return;
      const { deriveKey } = await sealing();
      const candidate = await deriveKey(passphrase, record.kdf);
      cache = null;
      await openVault(record, candidate); // throws WrongKeyError: nothing changes
      key = candidate;
    },
    lock() {
      key = null;
      cache = null;
    },
    async setPassphrase(passphrase) {
      const { deriveKey, newKdfParams } = await sealing();
      const kdf = newKdfParams(options.iterations);
      const newKey = await deriveKey(passphrase, kdf);
      for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
        const database = await db();
        const record = await database.get('vault', VAULT_KEY);
        if (record) {
          if (!key) throw new LockedError();
          const { data } = await openVault(record, key);
          if (await putVault(data, newKey, kdf, record.rev)) {
            key = newKey;
            sealedSeen = true;
            return;
          }
          continue;
        }
        // Plain today: seal what is there, then empty the plain stores in the same transaction,
        // unless another page changed them in between (then read again and retry).
        const plain = await readPlain(database);
        const data: PlanData = {
          accounts: plain.accounts,
          progress: plain.progress,
          localHelpLine: plain.settings.localHelpLine,
        };
        if (await putVault(data, newKey, kdf, null, plain.fingerprint)) {
          key = newKey;
          sealedSeen = true;
          return;
        }
      }
      throw new Error('Another Lockstep page kept writing at the same time.');
    },
    async removeLock() {
      const database = await db();
      const record = await database.get('vault', VAULT_KEY);
      if (!record) return;
      if (!key) throw new LockedError();
      const { data } = await openVault(record, key);
      const tx = database.transaction(['vault', 'accounts', 'progress', 'settings'], 'readwrite');
      const found = await tx.objectStore('vault').get(VAULT_KEY);
      if (found?.rev !== record.rev) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new Error('Another Lockstep page changed the plan: try again.');
      }
      const accounts = tx.objectStore('accounts');
      const progress = tx.objectStore('progress');
      await Promise.all([
        tx.objectStore('vault').delete(VAULT_KEY),
        ...data.accounts.map((a) => accounts.put(a)),
        ...data.progress.map((p) => progress.put(p)),
        tx.objectStore('settings').put({ key: 'localHelpLine', value: data.localHelpLine }),
        tx.done,
      ]);
      key = null;
      cache = null;
      sealedSeen = false;
    },
    close() {
      closed = true;
      key = null;
      cache = null;
      void current?.then((d) => d.close());
      current = null;
    },
  };
}
