import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { recordKey, type PlanRecord } from '../plan/records';
import type { Account, StepProgress } from '../plan/types';
import { decodePlan, encodePlan } from './plan-codec';
import type { KdfParams } from '../crypto/seal';
import { WrongKeyError } from '../crypto/errors';
import {
  LockedError,
  VaultDamagedError,
  type LockState,
  type PlanData,
  type PlanStorage,
  type Snapshot,
  type StorageEvent,
} from './plan-storage';
import {
  DB_NAME,
  DB_VERSION,
  REVISION_KEY,
  VAULT_KEY,
  type LockstepDB,
  type RevisionMark,
  type VaultRecord,
} from './schema';
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

/**
 * The reader of the plan's other records loads beside the first read (in parallel with
 * IndexedDB), not in the popup's first download.
 */
const recordReader = () => import('../plan/read-records').then((m) => m.readRecord);

/** WebCrypto work loads only once a plan is (or becomes) locked: most pages never need it. */
const sealing = () => import('../crypto/seal');

/** Additional data of records written before `v: 2`: a sealed export can never pass for them. */
const LEGACY_CONTEXT = 'lockstep-vault-1';
const MAX_RETRIES = 5;

/**
 * What a `v: 2` record binds into its sealed data: its revision and how its key is derived. A
 * record whose rev or key settings were changed on disk no longer opens.
 */
function vaultContext(rev: number, kdf: KdfParams): string {
  return ['lockstep-vault-2', rev, kdf.algorithm, kdf.iterations, kdf.salt].join('\u0000');
}

const contextOf = (record: VaultRecord): string =>
  record.v === 2 ? vaultContext(record.rev, record.kdf) : LEGACY_CONTEXT;

const isVault = (record: VaultRecord | RevisionMark | undefined): record is VaultRecord =>
  record !== undefined && record.key === VAULT_KEY && 'sealed' in record;

/** The key this page derived, and the salt it was derived with (which vault it opens). */
interface HeldKey {
  readonly crypto: CryptoKey;
  readonly salt: string;
}

type PlainTx = IDBPTransaction<
  LockstepDB,
  ('accounts' | 'progress' | 'settings' | 'vault' | 'records')[],
  'readonly' | 'readwrite'
>;

/** Every record of the plain stores, as stored (damaged ones included). */
function rawPlain(tx: PlainTx) {
  return Promise.all([
    tx.objectStore('accounts').getAll(),
    tx.objectStore('progress').getAll(),
    tx.objectStore('settings').getAll(),
    tx.objectStore('records').getAll(),
  ]);
}

type WriteTx = IDBPTransaction<
  LockstepDB,
  ['accounts', 'progress', 'settings', 'vault', 'records'],
  'readwrite'
>;

const ALL_STORES = ['accounts', 'progress', 'settings', 'vault', 'records'] as const;
const PLAN_STORES = ['accounts', 'progress', 'settings', 'records'] as const;

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
 * only in this closure, with the salt it belongs to: when another page turns the lock off and
 * on again or changes the passphrase, the vault's salt differs, and this page drops its key and
 * reports LockedError instead of writing with a key that no passphrase derives any more. Every
 * sealed write encrypts before its transaction starts (awaiting crypto inside one would commit
 * it early) and lands only if no other page wrote meanwhile.
 */
export async function openIdbStorage(options: IdbStorageOptions = {}): Promise<PlanStorage> {
  const name = options.name ?? DB_NAME;
  const emit = options.onEvent ?? (() => undefined);
  let current: Promise<Db> | null = null;
  let closed = false;
  let key: HeldKey | null = null;
  let sealedSeen = false;
  /** The last plan this page opened, by revision (never reused) and salt: no second decrypt. */
  let cache: { rev: number; salt: string; data: PlanData; skipped: number } | null = null;

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

  const forgetKey = () => {
    key = null;
    cache = null;
  };

  /** The sealed plan, or undefined when there is none (the lock is off). */
  async function readVault(database: Db): Promise<VaultRecord | undefined> {
    const record = await database.get('vault', VAULT_KEY);
    return isVault(record) ? record : undefined;
  }

  /** Key settings read from disk are checked before any work: a tampered count cannot hang. */
  function checkKdf(kdf: KdfParams, limits: { max: number; algorithm: string }): void {
    const { iterations } = kdf;
    if (kdf.algorithm !== limits.algorithm || !Number.isSafeInteger(iterations))
      throw new VaultDamagedError();
    if (iterations < 1 || iterations > limits.max) throw new VaultDamagedError();
  }

  /**
   * Opens the vault with this page's key. A vault sealed under another salt (the lock was set
   * again elsewhere) or that the key no longer opens makes this page forget its key: LockedError.
   */
  async function openVault(record: VaultRecord, withKey: HeldKey) {
    if (record.kdf.salt !== withKey.salt) {
      if (withKey === key) forgetKey();
      throw new LockedError();
    }
    if (cache?.rev === record.rev && cache.salt === withKey.salt) return cache;
    const { unseal } = await sealing();
    let text: string;
    try {
      text = await unseal(withKey.crypto, record.sealed, contextOf(record));
    } catch (error) {
      if (withKey === key && error instanceof WrongKeyError) {
        forgetKey();
        throw new LockedError();
      }
      throw error;
    }
    const opened = decodePlan(text, await recordReader());
    cache = { rev: record.rev, salt: withKey.salt, ...opened };
    return cache;
  }

  /** The highest revision this database has used, vault or not. */
  async function lastRevision(database: Db): Promise<number> {
    const [vault, mark] = await Promise.all([
      database.get('vault', VAULT_KEY),
      database.get('vault', REVISION_KEY),
    ]);
    return Math.max(vault?.rev ?? 0, mark?.rev ?? 0);
  }

  /**
   * Seals `data` under `withKey` and stores it as revision `base + 1`, if the vault is still at
   * `expectedRev` (null: there must be no vault) and no revision above `base` was ever used.
   */
  async function putVault(
    data: PlanData,
    withKey: HeldKey,
    kdf: KdfParams,
    expectedRev: number | null,
    base: number,
    /** Moving from the plain stores: they must still hold exactly what was read (fingerprint). */
    plainFingerprint?: string,
  ): Promise<boolean> {
    const alsoClearPlain = plainFingerprint !== undefined;
    const rev = base + 1;
    const { seal } = await sealing();
    const sealed = await seal(withKey.crypto, encodePlan(data), vaultContext(rev, kdf));
    const stores = alsoClearPlain
      ? (['vault', 'accounts', 'progress', 'settings', 'records'] as const)
      : (['vault'] as const);
    const tx = (await db()).transaction([...stores], 'readwrite');
    const vault = tx.objectStore('vault');
    const [found, mark] = await Promise.all([vault.get(VAULT_KEY), vault.get(REVISION_KEY)]);
    const plainNow = alsoClearPlain ? fingerprint(await rawPlain(tx)) : undefined;
    const highest = Math.max(found?.rev ?? 0, mark?.rev ?? 0);
    if ((found?.rev ?? null) !== expectedRev || highest !== base || plainNow !== plainFingerprint) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return false;
    }
    const writes: Promise<unknown>[] = [
      vault.put({ key: VAULT_KEY, v: 2, rev, kdf, sealed }),
      vault.put({ key: REVISION_KEY, rev }),
    ];
    if (alsoClearPlain) {
      writes.push(tx.objectStore('accounts').clear(), tx.objectStore('progress').clear());
      writes.push(tx.objectStore('records').clear());
      writes.push(tx.objectStore('settings').delete('localHelpLine'));
    }
    await Promise.all([...writes, tx.done]);
    cache = { rev, salt: withKey.salt, data, skipped: 0 };
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
      const record = await readVault(await db());
      sealedSeen = record !== undefined;
      if (!record) {
        forgetKey();
        if (await writePlain(change)) return;
        continue;
      }
      if (!key) throw new LockedError();
      const { data } = await openVault(record, key);
      if (await putVault(change.sealed(data), key, record.kdf, record.rev, record.rev)) return;
    }
    throw new Error('Another Lockstep page kept writing at the same time.');
  }

  /** A plain write that lands only if the lock was not turned on meanwhile (by another page). */
  async function writePlain(change: Change): Promise<boolean> {
    const tx = (await db()).transaction([...ALL_STORES], 'readwrite');
    if ((await tx.objectStore('vault').count(VAULT_KEY)) > 0) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return false;
    }
    await Promise.all([change.plain(tx), tx.done]);
    return true;
  }

  async function readPlain(database: Db) {
    const [raw, readRecord] = await Promise.all([
      rawPlain(database.transaction([...PLAN_STORES])),
      recordReader(),
    ]);
    const [rawAccounts, rawProgress, rawSettings, rawRecords] = raw;
    const accounts = rawAccounts
      .map((raw) => readAccount(raw))
      .filter((a): a is Account => a !== null);
    const progress = rawProgress
      .map((raw) => readProgress(raw))
      .filter((p): p is StepProgress => p !== null);
    const records = rawRecords
      .map((raw) => readRecord(raw))
      .filter((r): r is PlanRecord => r !== null);
    const { settings, damaged } = readSettings(
      rawSettings.filter((r) => typeof r === 'object' && r !== null && typeof r.key === 'string'),
    );
    const skipped =
      rawAccounts.length -
      accounts.length +
      rawProgress.length -
      progress.length +
      rawRecords.length -
      records.length +
      damaged;
    return { accounts, progress, records, settings, skipped, fingerprint: fingerprint(raw) };
  }

  const withAccounts = (data: PlanData, accounts: readonly Account[]): PlanData => {
    const ids = new Set(accounts.map((a) => a.id));
    return { ...data, accounts: [...data.accounts.filter((a) => !ids.has(a.id)), ...accounts] };
  };
  const withRecords = (data: PlanData, records: readonly PlanRecord[]): PlanData => {
    if (records.length === 0) return data;
    const keys = new Set(records.map(recordKey));
    return {
      ...data,
      records: [...data.records.filter((r) => !keys.has(recordKey(r))), ...records],
    };
  };
  const putAll = (tx: WriteTx, records: readonly PlanRecord[]) =>
    Promise.all(records.map((r) => tx.objectStore('records').put(r)));
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
      const [plain, record] = await Promise.all([readPlain(database), readVault(database)]);
      sealedSeen = record !== undefined;
      if (!record) {
        forgetKey();
        const { accounts, progress, records, settings, skipped } = plain;
        return { accounts, progress, records, settings, skipped };
      }
      if (!key) throw new LockedError();
      const { data, skipped } = await openVault(record, key);
      return {
        accounts: data.accounts,
        progress: data.progress,
        records: data.records,
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
          const records = tx.objectStore('records');
          const [keys, recordKeys] = await Promise.all([
            progress.index('byAccount').getAllKeys(id),
            records.index('byAccount').getAllKeys(id),
          ]);
          await Promise.all([
            tx.objectStore('accounts').delete(id),
            ...keys.map((k) => progress.delete(k)),
            ...recordKeys.map((k) => records.delete(k)),
          ]);
        },
        sealed: (data) => ({
          ...withoutProgress(data, id),
          accounts: data.accounts.filter((a) => a.id !== id),
          records: data.records.filter((r) => r.accountId !== id),
        }),
      }),
    putProgress: (p, also = []) =>
      write({
        plain: (tx) => Promise.all([tx.objectStore('progress').put(p), putAll(tx, also)]),
        sealed: (data) => {
          const rest = withoutProgress(withRecords(data, also), p.accountId, p.stepId);
          return { ...rest, progress: [...rest.progress, p] };
        },
      }),
    deleteProgress: (accountId, stepId, also = []) =>
      write({
        plain: (tx) =>
          Promise.all([tx.objectStore('progress').delete([accountId, stepId]), putAll(tx, also)]),
        sealed: (data) => withoutProgress(withRecords(data, also), accountId, stepId),
      }),
    putRecords: (records) =>
      write({
        plain: (tx) => putAll(tx, records),
        sealed: (data) => withRecords(data, records),
      }),
    deleteRecords: (keys) =>
      write({
        plain: (tx) =>
          Promise.all(keys.map(([type, id]) => tx.objectStore('records').delete([type, id]))),
        sealed: (data) => {
          const gone = new Set(keys.map(([type, id]) => `${type}\u0000${id}`));
          return { ...data, records: data.records.filter((r) => !gone.has(recordKey(r))) };
        },
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
          const records = tx.objectStore('records');
          return Promise.all([
            accounts.clear(),
            progress.clear(),
            records.clear(),
            ...data.accounts.map((a) => accounts.put(a)),
            ...data.progress.map((p) => progress.put(p)),
            ...data.records.map((r) => records.put(r)),
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
      const record = await readVault(await db());
      sealedSeen = record !== undefined;
      if (!record) return;
      const { deriveKey, KDF_ALGORITHM, MAX_ITERATIONS } = await sealing();
      checkKdf(record.kdf, { max: MAX_ITERATIONS, algorithm: KDF_ALGORITHM });
      const candidate = { crypto: await deriveKey(passphrase, record.kdf), salt: record.kdf.salt };
      cache = null;
      await openVault(record, candidate); // throws WrongKeyError: nothing changes
      key = candidate;
    },
    async checkPassphrase(passphrase) {
      const record = await readVault(await db());
      if (!record) return false;
      const { deriveKey, unseal, KDF_ALGORITHM, MAX_ITERATIONS } = await sealing();
      checkKdf(record.kdf, { max: MAX_ITERATIONS, algorithm: KDF_ALGORITHM });
      try {
        await unseal(await deriveKey(passphrase, record.kdf), record.sealed, contextOf(record));
        return true;
      } catch (error) {
        if (error instanceof WrongKeyError) return false;
        throw error;
      }
    },
    lock() {
      forgetKey();
    },
    async setPassphrase(passphrase) {
      const { deriveKey, newKdfParams } = await sealing();
      const kdf = newKdfParams(options.iterations);
      const newKey = { crypto: await deriveKey(passphrase, kdf), salt: kdf.salt };
      for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
        const database = await db();
        const record = await readVault(database);
        if (record) {
          if (!key) throw new LockedError();
          const { data } = await openVault(record, key);
          if (await putVault(data, newKey, kdf, record.rev, record.rev)) {
            key = newKey;
            sealedSeen = true;
            return;
          }
          continue;
        }
        // Plain today: seal what is there, then empty the plain stores in the same transaction,
        // unless another page changed them in between (then read again and retry). The new
        // vault's revision starts above every revision this database ever used.
        const [plain, base] = await Promise.all([readPlain(database), lastRevision(database)]);
        const data: PlanData = {
          accounts: plain.accounts,
          progress: plain.progress,
          records: plain.records,
          localHelpLine: plain.settings.localHelpLine,
        };
        if (await putVault(data, newKey, kdf, null, base, plain.fingerprint)) {
          key = newKey;
          sealedSeen = true;
          return;
        }
      }
      throw new Error('Another Lockstep page kept writing at the same time.');
    },
    async removeLock() {
      const database = await db();
      const record = await readVault(database);
      if (!record) return;
      if (!key) throw new LockedError();
      const { data } = await openVault(record, key);
      const tx = database.transaction([...ALL_STORES], 'readwrite');
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
        // Remembered, so a vault made later never reuses a revision a page may have cached.
        tx.objectStore('vault').put({ key: REVISION_KEY, rev: record.rev }),
        ...data.accounts.map((a) => accounts.put(a)),
        ...data.progress.map((p) => progress.put(p)),
        ...data.records.map((r) => tx.objectStore('records').put(r)),
        tx.objectStore('settings').put({ key: 'localHelpLine', value: data.localHelpLine }),
        tx.done,
      ]);
      forgetKey();
      sealedSeen = false;
    },
    close() {
      closed = true;
      forgetKey();
      void current?.then((d) => d.close());
      current = null;
    },
  };
}
