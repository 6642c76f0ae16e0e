import { openDB } from 'idb';
import { rawText } from '../fixtures/raw-database';
import { afterEach, describe, expect, it } from 'vitest';
import { ChangedDataError, WrongKeyError } from '@/lib/crypto/seal';
import { openIdbStorage } from '@/lib/storage/idb-storage';
import { LockedError, VaultDamagedError, type PlanStorage } from '@/lib/storage/plan-storage';
import { makeAccount } from '../fixtures/accounts';

const opened: PlanStorage[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

/** Cheap derivation for speed; the production floor is tested in crypto.test.ts. */
async function open(name: string) {
  const storage = await openIdbStorage({ name, iterations: 1_000 });
  opened.push(storage);
  return storage;
}

const GMAIL = makeAccount({
  id: 'g',
  name: 'Gmail canary-9f3',
  kind: 'primary-email',
  site: 'gmail.com',
});
const BANK = makeAccount({ id: 'b', name: 'Credit union', kind: 'banking', site: 'cu.example' });
const HELP = { name: 'Refuge canary-line', phone: '0808 2000 247' };

async function seeded(name: string) {
  const storage = await open(name);
  await storage.putAccounts([GMAIL, BANK]);
  await storage.putProgress({ accountId: 'g', stepId: 'new_password', status: 'done', at: 7 });
  await storage.putSetting('localHelpLine', HELP);
  await storage.putSetting('introSeen', true);
  return storage;
}

describe('passphrase lock at rest', () => {
  it('moves the plain plan into one sealed record and leaves nothing identifying in clear', async () => {
    const name = `lock-${crypto.randomUUID()}`;
    const storage = await seeded(name);
    const before = await storage.load();
    await storage.setPassphrase('blue kettle river stone');
    expect(storage.lockState()).toBe('unlocked');

    const raw = await rawText(name);
    for (const secret of ['canary-9f3', 'Credit union', 'gmail.com', 'canary-line', 'new_password'])
      expect(raw).not.toContain(secret);
    expect(await storage.load()).toEqual(before);

    const other = await open(name);
    await expect(other.load()).rejects.toBeInstanceOf(LockedError);
    expect(other.lockState()).toBe('locked');
    // Settings that are not identifying stay readable while locked (quick exit needs them).
    await expect(other.putSetting('introSeen', true)).resolves.toBeUndefined();
    await expect(other.putAccounts([BANK])).rejects.toBeInstanceOf(LockedError);
  });

  it('refuses a wrong passphrase and changes nothing; the right one opens the same plan', async () => {
    const name = `lock-${crypto.randomUUID()}`;
    const storage = await seeded(name);
    const before = await storage.load();
    await storage.setPassphrase('blue kettle river stone');
    const sealedBefore = await rawText(name);

    const other = await open(name);
    await expect(other.unlock('blue kettle river ston')).rejects.toBeInstanceOf(WrongKeyError);
    expect(other.lockState()).toBe('locked');
    expect(await rawText(name)).toBe(sealedBefore);
    await other.unlock('blue kettle river stone');
    expect(await other.load()).toEqual(before);
    other.lock();
    await expect(other.load()).rejects.toBeInstanceOf(LockedError);
  });

  it('keeps every write sealed, and two unlocked pages never lose each other’s changes', async () => {
    const name = `lock-${crypto.randomUUID()}`;
    const a = await seeded(name);
    await a.setPassphrase('pass one two three');
    const b = await open(name);
    await b.unlock('pass one two three');

    await a.putProgress({ accountId: 'b', stepId: 'turn_on_mfa', status: 'skipped', at: 9 });
    await b.deleteProgress('g', 'new_password');
    await b.putAccounts([{ ...BANK, name: 'Credit union (joint)' }]);
    await a.deleteAccount('g');

    const snapshot = await b.load();
    expect(snapshot.accounts.map((x) => x.name)).toEqual(['Credit union (joint)']);
    expect(snapshot.progress).toEqual([
      { accountId: 'b', stepId: 'turn_on_mfa', status: 'skipped', at: 9 },
    ]);
    expect(await rawText(name)).not.toContain('Credit union');
  });

  it('changes the passphrase atomically and turns the lock off back into plain records', async () => {
    const name = `lock-${crypto.randomUUID()}`;
    const storage = await seeded(name);
    const before = await storage.load();
    await storage.setPassphrase('old words here now');
    await storage.setPassphrase('new words here now');

    const other = await open(name);
    await expect(other.unlock('old words here now')).rejects.toBeInstanceOf(WrongKeyError);
    await other.unlock('new words here now');
    expect(await other.load()).toEqual(before);

    await other.removeLock();
    expect(other.lockState()).toBe('none');
    const plain = await open(name);
    expect(await plain.load()).toEqual(before);
    expect(await rawText(name)).toContain('canary-9f3');
  });

  it('does not lose a plain write made by another page while the lock is being turned on', async () => {
    const name = `lock-${crypto.randomUUID()}`;
    const a = await seeded(name);
    const b = await open(name);
    const [, outcome] = await Promise.all([
      a.setPassphrase('race words here now'),
      b.putAccounts([makeAccount({ id: 'n', name: 'New one', kind: 'other' })]).then(
        () => 'written',
        (e: unknown) => e,
      ),
    ]);
    const reader = await open(name);
    await reader.unlock('race words here now');
    const names = (await reader.load()).accounts.map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['Gmail canary-9f3', 'Credit union']));
    // Either b wrote first and its account was sealed in, or b was told the plan is locked.
    if (outcome === 'written') expect(names).toContain('New one');
    else expect(outcome).toBeInstanceOf(LockedError);
    expect(await rawText(name)).not.toContain('New one');
  });
});

describe('the lock stays whole across pages (issue 9)', () => {
  it('a page that missed the lock being turned off and on again never writes with its old key', async () => {
    const name = `lock-${crypto.randomUUID()}`;
    const a = await seeded(name);
    await a.setPassphrase('first words here now');
    const b = await open(name);
    await b.unlock('first words here now');
    await b.load(); // b caches the vault as it is now

    await a.removeLock();
    await a.setPassphrase('second words here now');

    // b still holds the first key: it must be refused, never seal under the new salt.
    await expect(b.putAccounts([{ ...BANK, name: 'Written by b' }])).rejects.toBeInstanceOf(
      LockedError,
    );
    expect(b.lockState()).toBe('locked');

    const reader = await open(name);
    await reader.unlock('second words here now');
    const names = (await reader.load()).accounts.map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['Gmail canary-9f3', 'Credit union']));
    expect(names).not.toContain('Written by b');
  });

  it('never reuses a vault revision, even after the lock is turned off', async () => {
    const name = `lock-${crypto.randomUUID()}`;
    const a = await seeded(name);
    await a.setPassphrase('first words here now');
    await a.putAccounts([{ ...BANK, name: 'Credit union 2' }]);
    const revs = async () => {
      const db = await openDB(name);
      const record = (await db.get('vault', 'plan')) as { rev: number } | undefined;
      db.close();
      return record?.rev;
    };
    const before = await revs();
    await a.removeLock();
    await a.setPassphrase('second words here now');
    expect(await revs()).toBeGreaterThan(before ?? Infinity);
  });

  it('after the passphrase changes in one page, another drops its key and shows as locked', async () => {
    const name = `lock-${crypto.randomUUID()}`;
    const a = await seeded(name);
    await a.setPassphrase('first words here now');
    const b = await open(name);
    await b.unlock('first words here now');
    await b.load();
    await a.setPassphrase('second words here now');

    await expect(b.load()).rejects.toBeInstanceOf(LockedError);
    expect(b.lockState()).toBe('locked');
    await b.unlock('second words here now');
    expect((await b.load()).accounts).toHaveLength(2);
  });

  it('binds revision and key settings into the sealed data', async () => {
    const name = `lock-${crypto.randomUUID()}`;
    const a = await seeded(name);
    await a.setPassphrase('bound words here now');
    const tamper = async (change: (record: Record<string, unknown>) => Record<string, unknown>) => {
      const db = await openDB(name);
      const record = (await db.get('vault', 'plan')) as Record<string, unknown>;
      await db.put('vault', change(record));
      db.close();
      return record;
    };
    const original = await tamper((r) => ({ ...r, rev: (r.rev as number) + 7 }));
    const b = await open(name);
    // The key check still matches: the passphrase is right, so the data was changed.
    await expect(b.unlock('bound words here now')).rejects.toBeInstanceOf(ChangedDataError);

    const kdf = original.kdf as Record<string, unknown>;
    // Other key settings give another key check: it cannot tell this from a wrong passphrase.
    await tamper(() => ({ ...original, kdf: { ...kdf, iterations: 1_001 } }));
    await expect(b.unlock('bound words here now')).rejects.toBeInstanceOf(WrongKeyError);
    await tamper(() => ({ ...original, check: 'AAAA' }));
    await expect(b.unlock('bound words here now')).rejects.toBeInstanceOf(WrongKeyError);

    await tamper(() => original);
    await b.unlock('bound words here now');
    expect((await b.load()).accounts).toHaveLength(2);
  });

  it('refuses an impossible stored iteration count before deriving anything', async () => {
    const name = `lock-${crypto.randomUUID()}`;
    const a = await seeded(name);
    await a.setPassphrase('bound words here now');
    const db = await openDB(name);
    const record = (await db.get('vault', 'plan')) as Record<string, unknown>;
    const kdf = record.kdf as Record<string, unknown>;
    await db.put('vault', { ...record, kdf: { ...kdf, iterations: 1e12 } });
    db.close();
    const b = await open(name);
    const started = Date.now();
    await expect(b.unlock('bound words here now')).rejects.toBeInstanceOf(VaultDamagedError);
    expect(Date.now() - started).toBeLessThan(5_000); // not a timing target: it must not hang
  });

  it('opens a vault written before revisions were bound, and re-wraps it under split keys', async () => {
    const name = `lock-${crypto.randomUUID()}`;
    const a = await seeded(name);
    const before = await a.load();
    // A vault as the previous version wrote it: fixed context, no `v`.
    const { deriveKey, newKdfParams, seal } = await import('@/lib/crypto/seal');
    const { encodePlan } = await import('@/lib/storage/plan-codec');
    const kdf = newKdfParams(1_000);
    const legacyKey = await deriveKey('legacy words here now', kdf);
    const sealed = await seal(
      legacyKey,
      encodePlan({
        accounts: before.accounts,
        progress: before.progress,
        records: [],
        localHelpLine: before.settings.localHelpLine,
      }),
      'lockstep-vault-1',
    );
    const db = await openDB(name);
    const tx = db.transaction(['vault', 'accounts', 'progress'], 'readwrite');
    await tx.objectStore('accounts').clear();
    await tx.objectStore('progress').clear();
    await tx.objectStore('vault').put({ key: 'plan', rev: 3, kdf, sealed });
    await tx.done;
    db.close();

    const b = await open(name);
    await b.unlock('legacy words here now');
    expect((await b.load()).accounts).toEqual(before.accounts);
    expect(await rawText(name)).toContain('"v":3');
    await b.putProgress({ accountId: 'b', stepId: 'turn_on_mfa', status: 'done', at: 11 });
    const raw = await rawText(name);
    expect(raw).toContain('"v":3');
    expect(raw).not.toContain(kdf.salt);
    const c = await open(name);
    await c.unlock('legacy words here now');
    expect((await c.load()).progress).toHaveLength(2);
  });

  it('checks a passphrase without changing anything', async () => {
    const name = `lock-${crypto.randomUUID()}`;
    const a = await seeded(name);
    expect(await a.checkPassphrase('anything at all')).toBe(false);
    await a.setPassphrase('check words here now');
    const sealed = await rawText(name);
    expect(await a.checkPassphrase('check words here no')).toBe(false);
    expect(await a.checkPassphrase('check words here now')).toBe(true);
    expect(await rawText(name)).toBe(sealed);
    expect(a.lockState()).toBe('unlocked');
  });
});
