import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/plan/types';
import { needsPlanPopup, readGlance } from '@/lib/pages/popup-glance-data';
import { openIdbStorage } from '@/lib/storage/idb-storage';
import { SESSION_KEY, type SessionArea } from '@/lib/storage/session-key';

let count = 0;
const fresh = () => `glance-${++count}`;

function area(items: Record<string, unknown> = {}): SessionArea {
  return {
    get: (key) => Promise.resolve(key in items ? { [key]: items[key] } : {}),
    set: () => Promise.resolve(),
    remove: () => Promise.resolve(),
  };
}

describe('the popup glance: settings and the lock, without the plan store', () => {
  it('reads the stored settings and an open plan', async () => {
    const name = fresh();
    const storage = await openIdbStorage({ name });
    await storage.putSetting('discreet', true);
    await storage.putSetting('quickExitUrl', 'https://weather.example/');
    storage.close();
    const glance = await readGlance({ name, area: area() });
    expect(glance).toEqual({
      settings: { ...DEFAULT_SETTINGS, discreet: true, quickExitUrl: 'https://weather.example/' },
      sealed: false,
    });
  });

  it('sees a sealed plan, and a fresh profile gets the defaults', async () => {
    const name = fresh();
    const storage = await openIdbStorage({ name, iterations: 1_000 });
    await storage.setPassphrase('correct horse battery staple');
    storage.close();
    expect((await readGlance({ name, area: area() }))?.sealed).toBe(true);
    expect(await readGlance({ name: fresh(), area: area() })).toEqual({
      settings: DEFAULT_SETTINGS,
      sealed: false,
    });
  });

  it('creates no database on a fresh profile, and leaves an older one to the plan popup', async () => {
    const name = fresh();
    expect(await readGlance({ name, area: area() })).toEqual({
      settings: DEFAULT_SETTINGS,
      sealed: false,
    });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    const old = fresh();
    (await openDB(old, 1)).close(); // an older Lockstep's database, not upgraded yet
    expect(await readGlance({ name: old, area: area() })).toBeNull();
  });

  it('leaves a sealed plan removed behind Lockstep’s back to the plan popup (its tamper line)', async () => {
    const name = fresh();
    const storage = await openIdbStorage({ name, iterations: 1_000 });
    await storage.setPassphrase('correct horse battery staple');
    storage.close();
    const db = await openDB(name);
    await db.delete('vault', 'plan');
    db.close();
    expect(await readGlance({ name, area: area() })).toBeNull();
    // Turned off by the person: nothing to say, the glance stands.
    const kept = fresh();
    const owned = await openIdbStorage({ name: kept, iterations: 1_000 });
    await owned.setPassphrase('correct horse battery staple');
    await owned.removeLock();
    owned.close();
    expect((await readGlance({ name: kept, area: area() }))?.sealed).toBe(false);
  });

  it('leaves a running advocate session to the plan popup', async () => {
    const running = area({ [SESSION_KEY]: { plan: {} } });
    expect(await readGlance({ name: fresh(), area: running })).toBeNull();
  });
});

describe('whether the popup loads the plan store', () => {
  const glance = (over: Partial<typeof DEFAULT_SETTINGS>, sealed = false) => ({
    settings: { ...DEFAULT_SETTINGS, ...over },
    sealed,
  });

  it('only when the plan is open and the popup shows it, or the glance failed', () => {
    expect(needsPlanPopup(null)).toBe(true);
    expect(needsPlanPopup(glance({}))).toBe(false);
    expect(needsPlanPopup(glance({ popupNextStep: 'show' }))).toBe(true);
    expect(needsPlanPopup(glance({ popupNextStep: 'show' }, true))).toBe(false);
    expect(needsPlanPopup(glance({ popupNextStep: 'hide' }))).toBe(false);
  });
});
