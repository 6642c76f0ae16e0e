import { forceCloseDatabase, IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/plan/types';
import { openIdbStorage } from '@/lib/storage/idb-storage';
import { openStorage } from '@/lib/storage/open-storage';
import type { PlanStorage, StorageEvent } from '@/lib/storage/plan-storage';
import { DB_VERSION } from '@/lib/storage/schema';
import { makeAccount } from '../fixtures/accounts';

let name: string;
let storage: PlanStorage | undefined;
beforeEach(() => {
  name = `test-${crypto.randomUUID()}`;
});
afterEach(() => storage?.close());

describe('IndexedDB storage', () => {
  it('keeps accounts, step progress and settings across connections', async () => {
    storage = await openIdbStorage({ name });
    const account = makeAccount({ name: 'Gmail', kind: 'primary-email', site: 'gmail.com' });
    await storage.putAccounts([account]);
    await storage.putProgress({
      accountId: account.id,
      stepId: 'new_password',
      status: 'done',
      at: 5,
    });
    await storage.putSetting('introSeen', true);
    await storage.putSetting('localHelpLine', { name: 'Local line', phone: '+44 808 2000 247' });
    storage.close();

    storage = await openIdbStorage({ name });
    const snapshot = await storage.load();
    expect(snapshot.accounts).toEqual([account]);
    expect(snapshot.progress).toEqual([
      { accountId: account.id, stepId: 'new_password', status: 'done', at: 5 },
    ]);
    expect(snapshot.settings).toEqual({
      ...DEFAULT_SETTINGS,
      introSeen: true,
      localHelpLine: { name: 'Local line', phone: '+44 808 2000 247' },
    });
    expect(snapshot.skipped).toBe(0);
  });

  it('removes an account together with its progress, and nothing of other accounts', async () => {
    storage = await openIdbStorage({ name });
    const [a, b] = [makeAccount(), makeAccount()];
    await storage.putAccounts([a, b]);
    await storage.putProgress({ accountId: a.id, stepId: 'x', status: 'done', at: 1 });
    await storage.putProgress({ accountId: a.id, stepId: 'y', status: 'na', at: 1 });
    await storage.putProgress({ accountId: b.id, stepId: 'x', status: 'skipped', at: 1 });
    await storage.deleteAccount(a.id);
    const snapshot = await storage.load();
    expect(snapshot.accounts.map((x) => x.id)).toEqual([b.id]);
    expect(snapshot.progress).toEqual([{ accountId: b.id, stepId: 'x', status: 'skipped', at: 1 }]);
  });

  it('sets a step back to to-do by removing its record', async () => {
    storage = await openIdbStorage({ name });
    await storage.putProgress({ accountId: 'a', stepId: 'x', status: 'done', at: 1 });
    await storage.deleteProgress('a', 'x');
    expect((await storage.load()).progress).toEqual([]);
  });

  it('reports and skips damaged records, keeps the good ones, and leaves the damaged ones stored', async () => {
    storage = await openIdbStorage({ name });
    const good = makeAccount({ name: 'Good' });
    await storage.putAccounts([good]);
    storage.close();
    const raw = await openDB(name);
    await raw.put('accounts', { id: 'broken', name: 42 });
    await raw.put('accounts', {
      id: 'no-kind',
      name: 'x',
      kind: 'spaceship',
      position: 0,
      createdAt: 1,
      updatedAt: 1,
    });
    await raw.put('progress', { accountId: good.id, stepId: 'x', status: 'maybe', at: 1 });
    await raw.put('settings', { key: 'introSeen', value: 'yes' });
    raw.close();

    storage = await openIdbStorage({ name });
    const snapshot = await storage.load();
    expect(snapshot.accounts).toEqual([good]);
    expect(snapshot.progress).toEqual([]);
    expect(snapshot.settings.introSeen).toBe(false);
    expect(snapshot.skipped).toBe(4);
    storage.close();
    const check = await openDB(name);
    expect(await check.count('accounts')).toBe(3);
    check.close();
  });

  it('gives way to a newer version opened in another tab, and says so', async () => {
    const events: StorageEvent[] = [];
    storage = await openIdbStorage({ name, onEvent: (e) => events.push(e) });
    await storage.load();
    const newer = await openDB(name, DB_VERSION + 1);
    expect(events).toContainEqual({ type: 'version-change' });
    newer.close();
  });

  it('reports a blocked upgrade instead of hanging silently, and continues once unblocked', async () => {
    // An old tab at the same name holds a connection that does not give way on its own.
    const old = await openDB(name, DB_VERSION, {
      upgrade: (db) => void db.createObjectStore('accounts', { keyPath: 'id' }),
    });
    old.close();
    const holder = await openDB(name);
    const events: StorageEvent[] = [];
    // Pretend the current code is one version ahead of the stored database.
    const { openIdbStorage: openAhead } = await importWithVersion(DB_VERSION + 1);
    const opening = openAhead({ name, onEvent: (e: StorageEvent) => events.push(e) });
    await vi.waitFor(() => expect(events).toContainEqual({ type: 'blocked' }));
    holder.close();
    storage = await opening;
    expect(events).toContainEqual({ type: 'unblocked' });
  });

  it('reopens a connection the browser closed', async () => {
    const events: StorageEvent[] = [];
    storage = await openIdbStorage({ name, onEvent: (e) => events.push(e) });
    await storage.putAccounts([makeAccount({ name: 'Before' })]);
    forceCloseAll();
    await vi.waitFor(() => expect(events).toContainEqual({ type: 'reopened' }));
    await storage.putAccounts([makeAccount({ name: 'After' })]);
    expect((await storage.load()).accounts.map((a) => a.name).sort()).toEqual(['After', 'Before']);
  });
});

describe('memory-only fallback', () => {
  it('is used when the browser refuses IndexedDB, and works the same way', async () => {
    const original = globalThis.indexedDB;
    const refusing = new IDBFactory();
    refusing.open = () => {
      throw new DOMException(
        'A mutation operation was attempted on a database that did not allow mutations.',
        'InvalidStateError',
      );
    };
    globalThis.indexedDB = refusing;
    try {
      storage = await openStorage({ name });
      expect(storage.mode).toBe('memory');
      const account = makeAccount();
      await storage.putAccounts([account]);
      await storage.putProgress({ accountId: account.id, stepId: 's', status: 'done', at: 1 });
      await storage.putSetting('introSeen', true);
      expect(await storage.load()).toMatchObject({
        accounts: [account],
        progress: [{ stepId: 's' }],
        settings: { introSeen: true },
      });
      await storage.deleteAccount(account.id);
      expect((await storage.load()).progress).toEqual([]);
    } finally {
      globalThis.indexedDB = original;
    }
  });

  it('is not used for a database from a newer Lockstep: that is an error to show, not hide', async () => {
    const newer = await openDB(name, DB_VERSION + 5);
    newer.close();
    await expect(openStorage({ name })).rejects.toMatchObject({ name: 'VersionError' });
  });
});

/** Loads the storage module as if the code were at another schema version. */
async function importWithVersion(version: number) {
  vi.resetModules();
  vi.doMock('@/lib/storage/schema', async (importOriginal) => ({
    ...(await importOriginal<object>()),
    DB_VERSION: version,
  }));
  vi.doMock('@/lib/storage/upgrades', async (importOriginal) => {
    const real = await importOriginal<typeof import('@/lib/storage/upgrades')>();
    return { ...real, upgrade: () => undefined };
  });
  const mod = await import('@/lib/storage/idb-storage');
  vi.doUnmock('@/lib/storage/schema');
  vi.doUnmock('@/lib/storage/upgrades');
  return mod;
}

/** fake-indexeddb's stand-in for the browser closing connections (storage cleared, crash…). */
function forceCloseAll(): void {
  const factory = globalThis.indexedDB as unknown as {
    _databases?: Map<string, { connections: IDBDatabase[] }>;
  };
  for (const db of factory._databases?.values() ?? []) {
    // fake-indexeddb types its parameter as the class; it takes a connection.
    for (const connection of db.connections) forceCloseDatabase(connection as never);
  }
}
