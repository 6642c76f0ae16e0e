import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { ChangedDataError } from '@/lib/crypto/seal';
import { openIdbStorage } from '@/lib/storage/idb-storage';
import type { PlanStorage } from '@/lib/storage/plan-storage';
import { makeAccount } from '../fixtures/accounts';
import { rawText } from '../fixtures/raw-database';

/**
 * Issue 28: changes made to the stored plan outside Lockstep (the browser's developer tools or
 * the profile's files) are caught where they leave a trace, and never merged silently.
 */
const opened: PlanStorage[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

async function open(name: string) {
  const storage = await openIdbStorage({ name, iterations: 1_000 });
  opened.push(storage);
  return storage;
}

const PASS = 'otter lamp river seven';
const MINE = makeAccount({
  id: 'm',
  name: 'My email',
  kind: 'primary-email',
  site: 'mail.example',
});
const PLANTED = makeAccount({
  id: 'x',
  name: 'Gmail',
  kind: 'primary-email',
  site: 'evil.example',
});

async function lockedPlan(name: string, checkWord?: string) {
  const storage = await open(name);
  await storage.putAccounts([MINE]);
  await storage.setPassphrase(PASS, checkWord);
  return storage;
}

/** Changes the database as someone with the browser's developer tools could. */
async function outside(
  name: string,
  change: (db: Awaited<ReturnType<typeof openDB>>) => Promise<unknown>,
) {
  const db = await openDB(name);
  await change(db);
  db.close();
}

describe('what the sealed plan says after every unlock', () => {
  it('keeps the check word and the last change inside the sealed data', async () => {
    const name = `tamper-${crypto.randomUUID()}`;
    const before = Date.now();
    await lockedPlan(name, '  blue heron ');
    expect(await rawText(name)).not.toContain('heron');

    const other = await open(name);
    expect(other.sealedFacts?.()).toBeNull();
    await other.unlock(PASS);
    await other.load();
    const facts = other.sealedFacts?.();
    expect(facts?.checkWord).toBe('blue heron');
    expect(facts?.changedAt).toBeGreaterThanOrEqual(before);

    await other.putAccounts([{ ...MINE, name: 'Work email' }]);
    expect(other.sealedFacts?.()?.checkWord).toBe('blue heron'); // kept by every write
    await other.setCheckWord?.('red kite');
    const third = await open(name);
    await third.unlock(PASS);
    await third.load();
    expect(third.sealedFacts?.()?.checkWord).toBe('red kite');
  });

  it('keeps the check word when the passphrase changes without a new one', async () => {
    const name = `tamper-${crypto.randomUUID()}`;
    const storage = await lockedPlan(name, 'heron');
    await storage.setPassphrase('new words for the lock');
    await storage.load();
    expect(storage.sealedFacts?.()?.checkWord).toBe('heron');
  });
});

describe('changes made outside Lockstep', () => {
  it('catches plan rows planted beside the sealed plan, shows none of them, and drops them', async () => {
    const name = `tamper-${crypto.randomUUID()}`;
    await lockedPlan(name);
    await outside(name, (db) => db.put('accounts', PLANTED));

    const page = await open(name);
    await page.unlock(PASS);
    expect((await page.load()).accounts).toEqual([MINE]);
    expect(page.findings?.()).toEqual(['plain-beside-vault']);

    await page.acceptFindings?.();
    expect(await rawText(name)).not.toContain('evil.example');
    expect((await page.load()).accounts).toEqual([MINE]);
    expect(page.findings?.()).toEqual([]);
  });

  it('catches an older sealed plan put back, and writes go on after the person continues', async () => {
    const name = `tamper-${crypto.randomUUID()}`;
    const first = await lockedPlan(name);
    let old: unknown;
    await outside(name, async (db) => (old = await db.get('vault', 'plan')));
    await first.putAccounts([MINE, { ...MINE, id: 'n', name: 'Bank' }]);
    await outside(name, (db) => db.put('vault', old));

    const page = await open(name);
    await page.unlock(PASS);
    expect((await page.load()).accounts).toHaveLength(1);
    expect(page.findings?.()).toEqual(['older-vault']);

    await page.acceptFindings?.();
    await page.putAccounts([MINE, { ...MINE, id: 'p', name: 'Phone' }]);
    expect((await page.load()).accounts).toHaveLength(2);
    expect(page.findings?.()).toEqual([]);
  });

  it('says "changed or damaged" when the passphrase is right but the sealed data was altered', async () => {
    const name = `tamper-${crypto.randomUUID()}`;
    await lockedPlan(name);
    await outside(name, async (db) => {
      const record = (await db.get('vault', 'plan')) as { sealed: { data: string } };
      const bytes = Uint8Array.from(atob(record.sealed.data), (c) => c.charCodeAt(0));
      bytes[5] = (bytes[5] ?? 0) ^ 1;
      const data = btoa(String.fromCharCode(...bytes));
      await db.put('vault', { ...record, sealed: { ...record.sealed, data } });
    });
    const page = await open(name);
    await expect(page.unlock(PASS)).rejects.toBeInstanceOf(ChangedDataError);
    expect(page.lockState()).toBe('locked');
  });

  it('drops rows planted while the lock was on when the lock is turned off', async () => {
    const name = `tamper-${crypto.randomUUID()}`;
    const storage = await lockedPlan(name);
    await outside(name, (db) => db.put('accounts', PLANTED));
    await storage.removeLock();
    expect((await storage.load()).accounts).toEqual([MINE]);
    expect(storage.findings?.()).toEqual([]);
    expect(await rawText(name)).not.toContain('evil.example');
  });

  it('catches a sealed plan removed without the lock being turned off', async () => {
    const name = `tamper-${crypto.randomUUID()}`;
    await lockedPlan(name, 'heron');
    await outside(name, async (db) => {
      await db.delete('vault', 'plan');
      await db.put('accounts', PLANTED);
    });
    const page = await open(name);
    expect(page.lockState()).toBe('none');
    expect((await page.load()).accounts).toEqual([PLANTED]);
    expect(page.findings?.()).toEqual(['lock-removed']);
    expect(page.sealedFacts?.()).toBeNull();

    await page.acceptFindings?.();
    await page.load();
    expect(page.findings?.()).toEqual([]);
  });

  it('finds nothing after the lock is turned off by the person', async () => {
    const name = `tamper-${crypto.randomUUID()}`;
    const storage = await lockedPlan(name);
    await storage.removeLock();
    const page = await open(name);
    await page.load();
    expect(page.findings?.()).toEqual([]);
  });
});

describe('findTampering', () => {
  it('raises no alarm from what older Lockstep versions left', async () => {
    const { findTampering } = await import('@/lib/storage/tamper-checks');
    // A mark from before `v: 3` never said whether the person turned the lock off.
    expect(findTampering({ vaultRev: null, mark: { rev: 4 }, plainRows: 3 })).toEqual([]);
    expect(findTampering({ vaultRev: 4, mark: { rev: 4 }, plainRows: 0 })).toEqual([]);
    expect(findTampering({ vaultRev: 3, mark: { rev: 4, v: 3 }, plainRows: 1 })).toEqual([
      'plain-beside-vault',
      'older-vault',
    ]);
  });
});

describe('findings wait for the unlock', () => {
  it('says nothing while locked, and shows planted rows once the plan is open', async () => {
    const name = `tamper-${crypto.randomUUID()}`;
    await lockedPlan(name);
    await outside(name, (db) => db.put('accounts', PLANTED));
    const page = await open(name);
    await expect(page.load()).rejects.toThrow('locked');
    expect(page.findings?.()).toEqual([]);
    await page.unlock(PASS);
    await page.load();
    expect(page.findings?.()).toEqual(['plain-beside-vault']);
  });
});
