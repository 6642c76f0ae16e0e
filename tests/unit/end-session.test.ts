import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/plan/types';
import { endSessionNow } from '@/lib/safety/end-session';
import {
  createSessionStorage,
  INTAKE_KEY,
  saveIntake,
  SESSION_KEY,
  startSession,
  type SessionArea,
} from '@/lib/storage/session-storage';
import { readIntake } from '@/lib/advocate/intake';
import { keepPending, pendingCapture } from '@/lib/evidence/pending-capture';
import { makeAccount } from '../fixtures/accounts';

/** An in-memory stand-in for `browser.storage.session`, with one key the session does not own. */
function fakeArea(): SessionArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>([['lockstep-permission-reviews', ['history']]]);
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

async function runningSession(area: SessionArea) {
  const bank = makeAccount({ name: 'Canarybank', kind: 'banking', site: 'bank.example' });
  await startSession(area, { ...empty, accounts: [bank] }, DEFAULT_SETTINGS, 1000);
  await saveIntake(area, readIntake({}));
  const storage = createSessionStorage(area);
  await storage.putRecords([
    {
      type: 'note',
      id: 'n1',
      accountId: bank.id,
      value: { id: 'n1', author: 'advocate', accountId: bank.id, text: 'court', at: 2 },
    },
  ]);
  return storage;
}

describe('quick exit ends a running session', () => {
  it("removes the session's plan, notes and intake answers, and nothing else", async () => {
    const area = fakeArea();
    const storage = await runningSession(area);
    expect([...area.items.keys()]).toContain(INTAKE_KEY);
    await endSessionNow(storage, area);
    expect(area.items.has(SESSION_KEY)).toBe(false);
    expect(area.items.has(INTAKE_KEY)).toBe(false);
    expect([...area.items.keys()]).toEqual(['lockstep-permission-reviews']);
  });

  it('a write still queued on the page cannot put the plan back', async () => {
    const area = fakeArea();
    const storage = await runningSession(area);
    const late = storage.putAccounts([makeAccount({ name: 'Late', kind: 'social' })]);
    await endSessionNow(storage, area);
    await expect(late).rejects.toThrow();
    await expect(storage.putSetting('discreet', true)).rejects.toThrow();
    expect(area.items.has(SESSION_KEY)).toBe(false);
  });

  it('on another page, which is not in the session, it still removes the keys', async () => {
    const area = fakeArea();
    await runningSession(area);
    const other = { ...createSessionStorage(area), mode: 'persistent' as const };
    await endSessionNow(other, area);
    expect(area.items.has(SESSION_KEY)).toBe(false);
  });

  it('removes a page copy waiting for the next unlock: quick exit leaves no way back', async () => {
    const area = fakeArea();
    const copy = { url: 'https://x.example/', title: 'X', at: 1, words: '', dataUrl: 'data:,' };
    expect(await keepPending(area, copy)).toBe('kept');
    await endSessionNow({ ...createSessionStorage(area), mode: 'persistent' as const }, area);
    expect(await pendingCapture(area)).toBeNull();
    expect([...area.items.keys()]).toEqual(['lockstep-permission-reviews']);
  });

  it('without a session area there is nothing to do, and it does not fail', async () => {
    const area = fakeArea();
    const storage = await runningSession(area);
    await expect(endSessionNow(storage, null)).resolves.toBeUndefined();
  });
});
