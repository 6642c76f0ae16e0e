import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Account } from '@/lib/plan/types';
import { openIdbStorage } from '@/lib/storage/idb-storage';
import type { Snapshot } from '@/lib/storage/plan-storage';
import { DB_VERSION } from '@/lib/storage/schema';
import { UPGRADES } from '@/lib/storage/upgrades';

/**
 * The migration harness. For every schema version Lockstep ever shipped, a writer builds a
 * database exactly as that version left it (raw IndexedDB, frozen schema: never import today's
 * upgrade code here) and says what today's code must read from it. When you bump DB_VERSION,
 * add a writer for the version you are leaving behind.
 */
const WRITERS: Record<number, (name: string) => Promise<Partial<Snapshot>>> = {
  1: async (name) => {
    const db = await openFrozen(name, 1);
    const account = oldAccount({
      id: 'a1',
      name: 'Gmail',
      site: 'gmail.com',
      kind: 'primary-email',
    });
    await db.put('accounts', account);
    await db.put('progress', { accountId: 'a1', stepId: 'new_password', status: 'done', at: 3 });
    await db.put('settings', { key: 'introSeen', value: true });
    db.close();
    return left({
      accounts: [account],
      progress: [{ accountId: 'a1', stepId: 'new_password', status: 'done', at: 3 }],
      settings: { ...DEFAULT_SETTINGS, introSeen: true },
    });
  },
  2: async (name) => {
    const db = await openFrozen(name, 2);
    const account = oldAccount({ id: 'b2', name: 'Chase', site: 'chase.com', kind: 'banking' });
    await db.put('accounts', account);
    await db.put('progress', { accountId: 'b2', stepId: 'turn_on_mfa', status: 'na', at: 4 });
    await db.put('settings', { key: 'autoLockMinutes', value: 5 });
    db.close();
    return left({
      accounts: [account],
      progress: [{ accountId: 'b2', stepId: 'turn_on_mfa', status: 'na', at: 4 }],
      settings: { ...DEFAULT_SETTINGS, autoLockMinutes: 5 },
    });
  },
  3: async (name) => {
    const db = await openFrozen(name, 3);
    const account = oldAccount({ id: 'c3', name: 'Verizon', site: '', kind: 'phone-carrier' });
    const line = {
      type: 'phone-line',
      id: 'l1',
      value: {
        id: 'l1',
        label: 'My cell',
        carrierAccountId: 'c3',
        owner: 'shared',
        createdAt: 5,
        updatedAt: 6,
      },
    } as const;
    const decision = {
      type: 'decision',
      id: 'c3',
      accountId: 'c3',
      value: { accountId: 'c3', choice: 'later', note: 'after court date', at: 7 },
    } as const;
    await db.put('accounts', account);
    await db.put('records', line);
    await db.put('records', decision);
    db.close();
    return left({ accounts: [account], records: [decision, line] });
  },
  4: async (name) => {
    const db = await openFrozen(name, 4);
    const account = oldAccount({
      id: 'd4',
      name: 'Instagram',
      site: 'instagram.com',
      kind: 'social',
    });
    await db.put('accounts', account);
    // A file of the evidence log, plain (the lock is off), and its files key's state row.
    await db.put('chunks', { fileId: 'f4', index: 0, last: true, data: new Uint8Array([1, 2]) });
    await db.put('settings', {
      key: 'evidenceFilesKey',
      value: { resealTo: 'plain', raw: 'AA==' },
    });
    db.close();
    return left({ accounts: [account] });
  },
};

/** The stores each version added, exactly as it shipped them. */
const FROZEN_STORES: Record<number, (db: IDBPDatabase) => void> = {
  1: (db) => {
    db.createObjectStore('accounts', { keyPath: 'id' });
    db.createObjectStore('progress', { keyPath: ['accountId', 'stepId'] }).createIndex(
      'byAccount',
      'accountId',
    );
    db.createObjectStore('settings', { keyPath: 'key' });
  },
  2: (db) => db.createObjectStore('vault', { keyPath: 'key' }),
  3: (db) =>
    db
      .createObjectStore('records', { keyPath: ['type', 'id'] })
      .createIndex('byAccount', 'accountId'),
  4: (db) =>
    db
      .createObjectStore('chunks', { keyPath: ['fileId', 'index'] })
      .createIndex('bySealed', 'sealed'),
};

/** A new, empty database as `version` left it: every store it and the versions before it added. */
function openFrozen(name: string, version: number): Promise<IDBPDatabase> {
  return openDB(name, version, {
    upgrade(db) {
      for (let v = 1; v <= version; v++) FROZEN_STORES[v]!(db);
    },
  });
}

/** An account as every version wrote it, first in its plan. */
const oldAccount = (fields: Pick<Account, 'id' | 'name' | 'site' | 'kind'>): Account => ({
  ...fields,
  position: 0,
  createdAt: 1,
  updatedAt: 2,
});

/** What today's code must read: nothing but what is given, and the default settings. */
const left = (snapshot: Partial<Snapshot>): Partial<Snapshot> => ({
  accounts: [],
  progress: [],
  records: [],
  settings: DEFAULT_SETTINGS,
  skipped: 0,
  ...snapshot,
});

describe('schema migrations', () => {
  it('has one upgrade step and one old-database writer per version', () => {
    expect(UPGRADES).toHaveLength(DB_VERSION);
    expect(Object.keys(WRITERS).map(Number)).toEqual(
      Array.from({ length: DB_VERSION }, (_, i) => i + 1),
    );
  });

  it('creates every store on a fresh profile', async () => {
    const name = `fresh-${crypto.randomUUID()}`;
    const storage = await openIdbStorage({ name });
    storage.close();
    const db = await openDB(name);
    expect([...db.objectStoreNames].sort()).toEqual([
      'accounts',
      'chunks',
      'progress',
      'records',
      'settings',
      'vault',
    ]);
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });

  for (const [version, write] of Object.entries(WRITERS)) {
    it(`opens a database written by version ${version} and loses nothing`, async () => {
      const name = `v${version}-${crypto.randomUUID()}`;
      const expected = await write(name);
      const storage = await openIdbStorage({ name });
      expect(await storage.load()).toEqual(expected);
      // Version 4 added the evidence log's chunk store: every older database gets it, empty.
      const files = await storage.evidenceFiles!.reseal();
      expect(files).toBe('done');
      storage.close();
    });
  }
});

/**
 * Vault formats, frozen the same way: each writer seals a plan exactly as that format did (raw
 * WebCrypto, never today's crypto code). Today's code must open each with the passphrase, and
 * re-wrap it at that unlock as `v: 3` (split keys, key check) under the count for new keys.
 */
const PASS = 'river kettle stone blue';
const PLAN = {
  accounts: [
    {
      id: 'v1',
      name: 'Outlook',
      site: 'outlook.com',
      kind: 'primary-email',
      position: 0,
      createdAt: 1,
      updatedAt: 2,
    },
  ],
  progress: [{ accountId: 'v1', stepId: 'new_password', status: 'done', at: 3 }],
  records: [],
  localHelpLine: null,
};

async function frozenSeal(iterations: number, context: (salt: string) => string) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const saltText = btoa(String.fromCharCode(...salt));
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(PASS),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', iterations, salt },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(context(saltText)) },
    key,
    new TextEncoder().encode(JSON.stringify(PLAN)),
  );
  const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
  const kdf = { algorithm: 'PBKDF2-SHA-256', iterations, salt: saltText };
  return { kdf, sealed: { iv: b64(iv), data: b64(new Uint8Array(data)) } };
}

const VAULT_WRITERS: Record<string, (name: string, iterations: number) => Promise<void>> = {
  'no v (fixed context)': async (name, iterations) => {
    const { kdf, sealed } = await frozenSeal(iterations, () => 'lockstep-vault-1');
    await putRawVault(name, { key: 'plan', rev: 4, kdf, sealed });
  },
  'v: 2 (revision and key settings bound)': async (name, iterations) => {
    const bound = (salt: string) =>
      ['lockstep-vault-2', 4, 'PBKDF2-SHA-256', iterations, salt].join('\u0000');
    const { kdf, sealed } = await frozenSeal(iterations, bound);
    await putRawVault(name, { key: 'plan', v: 2, rev: 4, kdf, sealed });
  },
};

async function putRawVault(name: string, record: object) {
  const storage = await openIdbStorage({ name }); // today's schema, empty
  storage.close();
  const db = await openDB(name);
  await db.put('vault', record);
  await db.put('vault', { key: 'last-rev', rev: 4 });
  db.close();
}

async function storedVault(name: string) {
  const db = await openDB(name);
  const record = (await db.get('vault', 'plan')) as Record<string, unknown>;
  db.close();
  return record as { v?: number; kdf: { iterations: number; salt: string }; check?: string };
}

describe('vault format migrations', () => {
  for (const [format, write] of Object.entries(VAULT_WRITERS)) {
    it(`opens a vault sealed as ${format} and re-wraps it under split keys`, async () => {
      const name = `vault-${crypto.randomUUID()}`;
      await write(name, 600_000); // the floor every older vault used
      const before = await storedVault(name);
      const storage = await openIdbStorage({ name, iterations: 2_000 });
      expect(storage.lockState()).toBe('none');
      await expect(storage.load()).rejects.toThrow('locked');
      await storage.unlock(PASS);
      expect((await storage.load()).accounts).toEqual(PLAN.accounts);
      storage.close();

      const after = await storedVault(name);
      expect(after.v).toBe(3);
      expect(after.check).toMatch(/^[A-Za-z0-9+/]{43}=$/);
      expect(after.kdf.iterations).toBe(2_000);
      expect(after.kdf.salt).not.toBe(before.kdf.salt);
      const again = await openIdbStorage({ name, iterations: 2_000 });
      await expect(again.unlock('not the passphrase')).rejects.toThrow();
      await again.unlock(PASS);
      expect((await again.load()).progress).toEqual(PLAN.progress);
      again.close();
    });
  }

  it('raises a v: 3 vault under a lower count to the count for new keys, at unlock', async () => {
    const name = `vault-${crypto.randomUUID()}`;
    const low = await openIdbStorage({ name, iterations: 1_000 });
    await low.putAccounts(PLAN.accounts as never);
    await low.setPassphrase(PASS);
    low.close();
    expect((await storedVault(name)).kdf.iterations).toBe(1_000);

    const app = await openIdbStorage({ name }); // the app's own count for new keys
    await app.unlock(PASS);
    app.close();
    const { NEW_KEY_ITERATIONS, MIN_ITERATIONS } = await import('@/lib/crypto/seal');
    const after = await storedVault(name);
    expect(after.kdf.iterations).toBe(NEW_KEY_ITERATIONS);
    expect(NEW_KEY_ITERATIONS).toBeGreaterThan(MIN_ITERATIONS);
  });
});
