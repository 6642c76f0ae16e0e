import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/plan/types';
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
    const db = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('accounts', { keyPath: 'id' });
        db.createObjectStore('progress', { keyPath: ['accountId', 'stepId'] }).createIndex(
          'byAccount',
          'accountId',
        );
        db.createObjectStore('settings', { keyPath: 'key' });
      },
    });
    const account = {
      id: 'a1',
      name: 'Gmail',
      site: 'gmail.com',
      kind: 'primary-email',
      position: 0,
      createdAt: 1,
      updatedAt: 2,
    } as const;
    await db.put('accounts', account);
    await db.put('progress', { accountId: 'a1', stepId: 'new_password', status: 'done', at: 3 });
    await db.put('settings', { key: 'introSeen', value: true });
    db.close();
    return {
      accounts: [account],
      progress: [{ accountId: 'a1', stepId: 'new_password', status: 'done', at: 3 }],
      records: [],
      settings: { ...DEFAULT_SETTINGS, introSeen: true },
      skipped: 0,
    };
  },
  2: async (name) => {
    const db = await openDB(name, 2, {
      upgrade(db) {
        db.createObjectStore('accounts', { keyPath: 'id' });
        db.createObjectStore('progress', { keyPath: ['accountId', 'stepId'] }).createIndex(
          'byAccount',
          'accountId',
        );
        db.createObjectStore('settings', { keyPath: 'key' });
        db.createObjectStore('vault', { keyPath: 'key' });
      },
    });
    const account = {
      id: 'b2',
      name: 'Chase',
      site: 'chase.com',
      kind: 'banking',
      position: 0,
      createdAt: 1,
      updatedAt: 2,
    } as const;
    await db.put('accounts', account);
    await db.put('progress', { accountId: 'b2', stepId: 'turn_on_mfa', status: 'na', at: 4 });
    await db.put('settings', { key: 'autoLockMinutes', value: 5 });
    db.close();
    return {
      accounts: [account],
      progress: [{ accountId: 'b2', stepId: 'turn_on_mfa', status: 'na', at: 4 }],
      records: [],
      settings: { ...DEFAULT_SETTINGS, autoLockMinutes: 5 },
      skipped: 0,
    };
  },
  3: async (name) => {
    const db = await openDB(name, 3, {
      upgrade(db) {
        db.createObjectStore('accounts', { keyPath: 'id' });
        db.createObjectStore('progress', { keyPath: ['accountId', 'stepId'] }).createIndex(
          'byAccount',
          'accountId',
        );
        db.createObjectStore('settings', { keyPath: 'key' });
        db.createObjectStore('vault', { keyPath: 'key' });
        db.createObjectStore('records', { keyPath: ['type', 'id'] }).createIndex(
          'byAccount',
          'accountId',
        );
      },
    });
    const account = {
      id: 'c3',
      name: 'Verizon',
      site: '',
      kind: 'phone-carrier',
      position: 0,
      createdAt: 1,
      updatedAt: 2,
    } as const;
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
    return {
      accounts: [account],
      progress: [],
      records: [decision, line],
      settings: DEFAULT_SETTINGS,
      skipped: 0,
    };
  },
};

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
      storage.close();
    });
  }
});
