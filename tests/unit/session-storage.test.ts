import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/plan/types';
import {
  createSessionStorage,
  endSession,
  readSession,
  SESSION_KEY,
  startSession,
  type SessionArea,
} from '@/lib/storage/session-storage';
import { makeAccount } from '../fixtures/accounts';

/** An in-memory stand-in for `browser.storage.session` (values are copied, as the browser does). */
function fakeArea(): SessionArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    get: (key) => Promise.resolve(items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: (values) => {
      for (const [k, v] of Object.entries(values)) items.set(k, structuredClone(v));
      return Promise.resolve();
    },
    remove: (key) => {
      items.delete(key);
      return Promise.resolve();
    },
  };
}

const empty = { accounts: [], progress: [], records: [], localHelpLine: null };

describe('session storage', () => {
  it('keeps nothing until a session starts, and opening then fails', async () => {
    const area = fakeArea();
    expect(await readSession(area)).toBeNull();
    await expect(createSessionStorage(area).load()).rejects.toThrow();
  });

  it('starts from a copy, keeps writes in the session area, and a second "tab" sees them', async () => {
    const area = fakeArea();
    const gmail = makeAccount({ name: 'Gmail', kind: 'primary-email', site: 'gmail.com' });
    await startSession(area, { ...empty, accounts: [gmail] }, DEFAULT_SETTINGS, 1000);
    const one = createSessionStorage(area);
    const bank = makeAccount({ name: 'Bank', kind: 'banking', site: 'bank.example' });
    await one.putAccounts([bank]);
    await one.putProgress({ accountId: bank.id, stepId: 'new-password', status: 'done', at: 5 }, [
      {
        type: 'step-event',
        id: 'e1',
        accountId: bank.id,
        value: { id: 'e1', accountId: bank.id, stepId: 'new-password', status: 'done', at: 5 },
      } as never,
    ]);
    const two = createSessionStorage(area);
    const snap = await two.load();
    expect(snap.accounts.map((a) => a.name).sort()).toEqual(['Bank', 'Gmail']);
    expect(snap.progress).toHaveLength(1);
    expect(two.mode).toBe('session');
    expect((await readSession(area))?.startedAt).toBe(1000);
  });

  it('deletes an account with its progress, and ending the session leaves the area empty', async () => {
    const area = fakeArea();
    const gmail = makeAccount({ name: 'Gmail', kind: 'primary-email', site: 'gmail.com' });
    await startSession(area, { ...empty, accounts: [gmail] }, DEFAULT_SETTINGS);
    const storage = createSessionStorage(area);
    await storage.putProgress({ accountId: gmail.id, stepId: 'x', status: 'done', at: 1 });
    await storage.deleteAccount(gmail.id);
    const snap = await storage.load();
    expect(snap.accounts).toEqual([]);
    expect(snap.progress).toEqual([]);
    await endSession(area);
    expect(area.items.size).toBe(0);
    expect(area.items.has(SESSION_KEY)).toBe(false);
  });

  it('skips damaged parts of a stored session instead of failing', async () => {
    const area = fakeArea();
    await area.set({
      [SESSION_KEY]: { startedAt: 1, accounts: [null, 'x'], progress: 'no', records: [{}] },
    });
    const snap = await createSessionStorage(area).load();
    expect(snap.accounts).toEqual([]);
    expect(snap.records).toEqual([]);
    expect(snap.settings).toEqual(DEFAULT_SETTINGS);
  });
});
