import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { openIdbStorage } from '@/lib/storage/idb-storage';
import type { PlanStorage } from '@/lib/storage/plan-storage';
import { makeAccount } from '../fixtures/accounts';
import { rawText } from '../fixtures/raw-database';

/**
 * Issue 28: the settings kept in clear have a copy inside the sealed plan, so a change made to
 * them on disk while the plan was locked shows after the next unlock.
 */
const opened: PlanStorage[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

const PASS = 'otter lamp river seven';

async function open(name: string) {
  const storage = await openIdbStorage({ name, iterations: 1_000 });
  opened.push(storage);
  return storage;
}

/** A locked plan with a quick exit address and "only accept locked files" on. */
async function lockedPlan(name: string) {
  const storage = await open(name);
  await storage.putAccounts([makeAccount({ id: 'm', name: 'My email' })]);
  await storage.putSetting('quickExitUrl', 'https://weather.example/');
  await storage.setPassphrase(PASS);
  await storage.putSetting('onlySealedImports', true); // sealed again while unlocked
  storage.lock();
  return storage;
}

/** Changes a clear setting as someone with the browser's developer tools could. */
async function setOutside(name: string, key: string, value: unknown) {
  const db = await openDB(name);
  await db.put('settings', { key, value });
  db.close();
}

describe('the sealed copy of the clear settings', () => {
  it('keeps the copy inside the sealed data only', async () => {
    const name = `seal-settings-${crypto.randomUUID()}`;
    await lockedPlan(name);
    const raw = await rawText(name);
    expect(raw.split('weather.example')).toHaveLength(2); // the clear row alone
  });

  it('shows nothing after an unlock when no setting changed', async () => {
    const name = `seal-settings-${crypto.randomUUID()}`;
    await lockedPlan(name);
    const page = await open(name);
    await page.unlock(PASS);
    expect(page.settingChanges?.()).toEqual([]);
  });

  it('names each setting changed while locked, with its sealed and its current value', async () => {
    const name = `seal-settings-${crypto.randomUUID()}`;
    await lockedPlan(name);
    await setOutside(name, 'onlySealedImports', false);
    await setOutside(name, 'quickExitUrl', 'https://evil.example/');
    const page = await open(name);
    expect(page.settingChanges?.()).toEqual([]); // not before the unlock
    await page.unlock(PASS);
    expect(page.settingChanges?.()).toEqual([
      { key: 'quickExitUrl', sealed: 'https://weather.example/', current: 'https://evil.example/' },
      { key: 'onlySealedImports', sealed: true, current: false },
    ]);
  });

  it('puts the sealed values back, and the notice does not come again', async () => {
    const name = `seal-settings-${crypto.randomUUID()}`;
    await lockedPlan(name);
    await setOutside(name, 'quickExitUrl', 'https://evil.example/');
    const page = await open(name);
    await page.unlock(PASS);
    await page.resolveSettingChanges?.('put-back');
    expect(page.settingChanges?.()).toEqual([]);
    expect((await page.loadSettings()).quickExitUrl).toBe('https://weather.example/');
    const next = await open(name);
    await next.unlock(PASS);
    expect(next.settingChanges?.()).toEqual([]);
  });

  it('keeps the new ones: they become the sealed copy', async () => {
    const name = `seal-settings-${crypto.randomUUID()}`;
    await lockedPlan(name);
    await setOutside(name, 'language', 'es');
    const page = await open(name);
    await page.unlock(PASS);
    expect(page.settingChanges?.().map((c) => c.key)).toEqual(['language']);
    await page.resolveSettingChanges?.('keep');
    expect((await page.loadSettings()).language).toBe('es');
    const next = await open(name);
    await next.unlock(PASS);
    expect(next.settingChanges?.()).toEqual([]);
  });

  it('follows a change made in Lockstep while unlocked, with no notice', async () => {
    const name = `seal-settings-${crypto.randomUUID()}`;
    const storage = await lockedPlan(name);
    await storage.unlock(PASS);
    await storage.putSetting('discreet', true);
    storage.lock();
    const next = await open(name);
    await next.unlock(PASS);
    expect(next.settingChanges?.()).toEqual([]);
  });

  it('forgets what differs when the page locks', async () => {
    const name = `seal-settings-${crypto.randomUUID()}`;
    await lockedPlan(name);
    await setOutside(name, 'discreet', true);
    const page = await open(name);
    await page.unlock(PASS);
    expect(page.settingChanges?.()).toHaveLength(1);
    page.lock();
    expect(page.settingChanges?.()).toEqual([]);
  });

  it('gives a plan sealed before the copy one at the next unlock, with no notice', async () => {
    const name = `seal-settings-${crypto.randomUUID()}`;
    const first = await open(name);
    await first.putSetting('quickExitUrl', 'https://weather.example/');
    // A vault as an earlier version wrote it: no settings copy among its facts.
    const { deriveKey, newKdfParams, seal } = await import('@/lib/crypto/seal');
    const { encodePlan, EMPTY_PLAN } = await import('@/lib/storage/plan-codec');
    const kdf = newKdfParams(1_000);
    const sealed = await seal(
      await deriveKey(PASS, kdf),
      encodePlan(EMPTY_PLAN),
      'lockstep-vault-1',
    );
    const db = await openDB(name);
    await db.put('vault', { key: 'plan', rev: 3, kdf, sealed });
    db.close();
    await setOutside(name, 'quickExitUrl', 'https://evil.example/');

    const page = await open(name);
    await page.unlock(PASS);
    expect(page.settingChanges?.()).toEqual([]); // nothing to compare with yet
    page.lock();
    await setOutside(name, 'quickExitUrl', 'https://other.example/');
    const next = await open(name);
    await next.unlock(PASS);
    expect(next.settingChanges?.()).toEqual([
      { key: 'quickExitUrl', sealed: 'https://evil.example/', current: 'https://other.example/' },
    ]);
  });
});
