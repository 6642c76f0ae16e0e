import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/storage/database';
import { FILES_KEY_SETTING } from '@/lib/storage/evidence-schema';
import { openIdbStorage } from '@/lib/storage/idb-storage';
import type { PlanStorage } from '@/lib/storage/plan-storage';
import { resealRecorded } from '@/lib/storage/reseal-marker';
import { NO_FACTS } from '@/lib/storage/sealed-facts';

const PASS = 'correct horse battery';
const opened: PlanStorage[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

async function open(name: string) {
  const storage = await openIdbStorage({ name, iterations: 1_000 });
  opened.push(storage);
  return storage;
}

/** What someone without the passphrase can write: plain rows, straight into IndexedDB. */
async function forge(name: string, write: (db: Db) => Promise<unknown>) {
  const db = (await openDB(name)) as unknown as Db;
  await write(db);
  db.close();
}

const forgedMarker = (db: Db) =>
  db.put('settings', { key: FILES_KEY_SETTING, value: { resealTo: 'sealed' } });
const plantedChunk = (db: Db) =>
  db.put('chunks', { fileId: 'planted', index: 0, last: true, data: new Uint8Array(3) });

describe('the re-seal marker lives in the sealed plan', () => {
  it('a forged plain marker no longer hides chunks planted beside the sealed plan', async () => {
    const name = `marker-${crypto.randomUUID()}`;
    await (await open(name)).setPassphrase(PASS);
    await forge(name, async (db) => {
      await forgedMarker(db);
      await plantedChunk(db);
    });
    const next = await open(name);
    await next.unlock(PASS);
    await next.load();
    expect(next.findings?.()).toEqual(['plain-beside-vault']);
    await expect(next.evidenceFiles!.read('planted', 3)).rejects.toThrow(/planted/);
    // The re-seal does not take the planted chunk in as the person's own.
    expect(await next.evidenceFiles!.reseal()).toBe('done');
    const db = await openDB(name);
    expect((await db.get('chunks', ['planted', 0]))?.iv).toBeUndefined();
    db.close();
  });

  it('a real re-seal is recorded sealed: its chunks are never called planted', async () => {
    const name = `marker-${crypto.randomUUID()}`;
    const page = await open(name);
    await page.evidenceFiles!.put('f1', new Uint8Array([1, 2, 3]));
    await page.setPassphrase(PASS);
    const next = await open(name);
    await next.unlock(PASS);
    await next.load();
    expect(next.findings?.()).toEqual([]);
    expect(await next.evidenceFiles!.reseal()).toBe('done');
    // Once done, the sealed plan says so: a plain chunk planted later is seen.
    await forge(name, plantedChunk);
    const third = await open(name);
    await third.unlock(PASS);
    await third.load();
    expect(third.findings?.()).toEqual(['plain-beside-vault']);
  });

  it('reads the old plain marker only for a plan sealed before the move', async () => {
    const name = `marker-${crypto.randomUUID()}`;
    await open(name);
    await forge(name, forgedMarker);
    const db = (await openDB(name)) as unknown as Db;
    expect(await resealRecorded(db, NO_FACTS)).toBe(true); // sealed before: nothing said
    expect(await resealRecorded(db, { ...NO_FACTS, resealing: false })).toBe(false);
    expect(await resealRecorded(db, { ...NO_FACTS, resealing: true })).toBe(true);
    db.close();
  });
});
