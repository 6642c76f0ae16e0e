import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MIN_ITERATIONS } from '@/lib/crypto/seal';
import { CHUNK_BYTES } from '@/lib/evidence/entry';
import { NoRoomError } from '@/lib/evidence/room-check';
import { valuesOf } from '@/lib/plan/records';
import { createPlanStore } from '@/lib/state/plan-store';
import { openIdbStorage } from '@/lib/storage/idb-storage';

const MB = 1024 * 1024;
const PASS = 'purple tractor museum lantern';
const SEALED = { sealed: true, passphrase: PASS, iterations: MIN_ITERATIONS } as const;
const WORDS = { text: (key: string) => `[${key}]`, date: (t: number) => `day ${t}`, lang: 'en' };
const NO_LINKS = { accounts: [], devices: [], findings: [] };

async function storeOn(name = `ev-archive-room-${crypto.randomUUID()}`) {
  let time = Date.UTC(2026, 11, 8, 12);
  const storage = await openIdbStorage({ name, iterations: 1_000 });
  const store = createPlanStore({ storage, now: () => time++ });
  await store.reload();
  return { store, name };
}

/** A sealed archive of one entry with a 3 MB file (three chunks). */
async function archiveOf3Mb() {
  const { store } = await storeOn();
  const bytes = new Uint8Array(3 * CHUNK_BYTES).map((_, i) => i % 251);
  await store.addEvidence({ text: 'The photos they sent', links: NO_LINKS }, [
    { name: 'photos.zip', type: 'application/zip', bytes },
  ]);
  return (await store.makeEvidenceArchive(SEALED, WORDS)).blob;
}

/** The browser's estimate, as `navigator.storage.estimate()` gives it. */
const browserSays = (usage: number, quota: number) =>
  vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage, quota }) } });

async function chunkCount(name: string) {
  const db = await openDB(name);
  const count = await db.count('chunks');
  db.close();
  return count;
}

afterEach(() => vi.unstubAllGlobals());

describe('bringing back an archive checks the room first', () => {
  it('refuses an archive whose files would pass the quota, and keeps nothing', async () => {
    const archive = await archiveOf3Mb();
    const { store, name } = await storeOn();
    browserSays(98 * MB, 100 * MB);
    const refused = await store.importEvidenceArchive(archive, PASS).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(NoRoomError);
    expect((refused as NoRoomError).freeMb).toBe(2);
    expect(valuesOf(store.records.value, 'evidence')).toEqual([]);
    expect(await chunkCount(name)).toBe(0);
  });

  it('brings it in when the files fit', async () => {
    const archive = await archiveOf3Mb();
    const { store, name } = await storeOn();
    browserSays(90 * MB, 100 * MB);
    expect(await store.importEvidenceArchive(archive, PASS)).toBe(1);
    const [entry] = valuesOf(store.records.value, 'evidence');
    expect(entry?.text).toBe('The photos they sent');
    expect(await chunkCount(name)).toBe(3);
    expect((await store.evidenceFile(entry!.files[0]!)).holds).toBe(true);
  });
});
