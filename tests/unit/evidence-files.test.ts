import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHUNK_BYTES } from '@/lib/evidence/entry';
import { FileDamagedError } from '@/lib/storage/evidence-files';
import { openIdbStorage } from '@/lib/storage/idb-storage';
import type { PlanStorage } from '@/lib/storage/plan-storage';
import { RESEAL_BATCH } from '@/lib/storage/reseal-batches';

const opened: PlanStorage[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const s of opened.splice(0)) s.close();
});

async function open(name: string) {
  const storage = await openIdbStorage({ name, iterations: 1_000 });
  opened.push(storage);
  return storage;
}

/** 2.5 chunks of bytes that spell a canary at the start. */
function bytes(size = CHUNK_BYTES * 2.5) {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = (i * 7 + 3) % 251;
  out.set(new TextEncoder().encode('canary-file-bytes'), 0);
  return out;
}

async function rawChunks(name: string) {
  const db = await openDB(name);
  const all = await db.getAll('chunks');
  db.close();
  return all as {
    fileId: string;
    index: number;
    last: boolean;
    iv?: Uint8Array;
    data: Uint8Array;
  }[];
}

/** Byte-equal, without a deep compare of millions of elements. */
const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(a, b) === 0;

const hasCanary = (data: Uint8Array) =>
  new TextDecoder('latin1').decode(data).includes('canary-file-bytes');

describe('evidence files in chunks', () => {
  it('keeps a file plain while the lock is off, in 1 MiB chunks', async () => {
    const name = `ev-${crypto.randomUUID()}`;
    const files = (await open(name)).evidenceFiles!;
    const original = bytes();
    await files.put('f1', original);
    const chunks = await rawChunks(name);
    expect(chunks.map((c) => [c.index, c.last, c.data.length])).toEqual([
      [0, false, CHUNK_BYTES],
      [1, false, CHUNK_BYTES],
      [2, true, CHUNK_BYTES / 2],
    ]);
    expect(same(await files.read('f1', original.length), original)).toBe(true);
  });

  it('seals every chunk when the lock is set, and opens them after unlock', async () => {
    const name = `ev-${crypto.randomUUID()}`;
    const page = await open(name);
    const original = bytes();
    await page.evidenceFiles!.put('f1', original);
    await page.setPassphrase('correct horse battery');
    expect(await page.evidenceFiles!.reseal()).toBe('done');
    const chunks = await rawChunks(name);
    expect(chunks.every((c) => c.iv && !hasCanary(c.data))).toBe(true);
    const other = await open(name);
    await other.unlock('correct horse battery');
    expect(same(await other.evidenceFiles!.read('f1', original.length), original)).toBe(true);
    await other.evidenceFiles!.put('f2', bytes(40));
    expect((await rawChunks(name)).find((c) => c.fileId === 'f2')?.iv).toBeDefined();
  });

  it('keeps files readable across a passphrase change and after the lock is turned off', async () => {
    const name = `ev-${crypto.randomUUID()}`;
    const page = await open(name);
    await page.setPassphrase('first passphrase one');
    const original = bytes(CHUNK_BYTES + 5);
    await page.evidenceFiles!.put('f1', original);
    await page.setPassphrase('second passphrase two');
    const other = await open(name);
    await other.unlock('second passphrase two');
    expect(same(await other.evidenceFiles!.read('f1', original.length), original)).toBe(true);
    await other.removeLock();
    expect(await other.evidenceFiles!.reseal()).toBe('done');
    expect((await rawChunks(name)).every((c) => !c.iv)).toBe(true);
    const third = await open(name);
    expect(same(await third.evidenceFiles!.read('f1', original.length), original)).toBe(true);
  });

  it('notices chunks that were reordered, cut short or swapped in', async () => {
    const name = `ev-${crypto.randomUUID()}`;
    const page = await open(name);
    await page.setPassphrase('correct horse battery');
    const original = bytes();
    await page.evidenceFiles!.put('f1', original);
    const db = await openDB(name);
    const [c0, c1, c2] = (await db.getAll('chunks')) as { data: Uint8Array; iv: Uint8Array }[];
    // Reordered: the first two chunks' sealed bytes swapped.
    await db.put('chunks', { ...c0, data: c1!.data, iv: c1!.iv });
    await db.put('chunks', { ...c1, data: c0!.data, iv: c0!.iv });
    await expect(page.evidenceFiles!.read('f1', original.length)).rejects.toThrow(FileDamagedError);
    await db.put('chunks', c0!);
    await db.put('chunks', c1!);
    expect(same(await page.evidenceFiles!.read('f1', original.length), original)).toBe(true);
    // Cut short: the last chunk removed, and the one before marked as last.
    await db.delete('chunks', ['f1', 2]);
    await expect(page.evidenceFiles!.read('f1', original.length)).rejects.toThrow(/truncated/);
    await db.put('chunks', { ...c1, last: true });
    await expect(page.evidenceFiles!.read('f1', CHUNK_BYTES * 2)).rejects.toThrow(/changed/);
    // A plain chunk planted in the sealed profile.
    await db.put('chunks', { ...c2, iv: undefined, sealed: undefined, data: new Uint8Array(4) });
    await db.put('chunks', c1!);
    await expect(page.evidenceFiles!.read('f1', original.length)).rejects.toThrow(/planted/);
    db.close();
  });

  it('resumes a re-seal cut short, and the tamper check never calls its chunks planted', async () => {
    const name = `ev-${crypto.randomUUID()}`;
    const page = await open(name);
    const original = bytes(CHUNK_BYTES * (RESEAL_BATCH * 2 + 1));
    await page.evidenceFiles!.put('f1', original);
    // The page closes in the second batch: its chunks and the last one are never sealed.
    const real = crypto.subtle.encrypt.bind(crypto.subtle);
    let chunkSeals = 0;
    vi.spyOn(crypto.subtle, 'encrypt').mockImplementation((params, key, data) => {
      const context = new TextDecoder().decode(
        (params as AesGcmParams).additionalData as Uint8Array,
      );
      if (context.startsWith('lockstep-chunk-1') && ++chunkSeals > RESEAL_BATCH + 1)
        return Promise.reject(new Error('page closed'));
      return real(params, key, data);
    });
    await page.setPassphrase('correct horse battery');
    await expect(page.evidenceFiles!.reseal()).rejects.toThrow('page closed');
    vi.restoreAllMocks();
    const sealedCount = (await rawChunks(name)).filter((c) => c.iv).length;
    expect(sealedCount).toBe(RESEAL_BATCH);

    const next = await open(name);
    await next.unlock('correct horse battery');
    await next.load();
    expect(next.findings?.()).toEqual([]);
    const seen: number[][] = [];
    expect(await next.evidenceFiles!.reseal((done, total) => seen.push([done, total]))).toBe(
      'done',
    );
    expect(seen.at(-1)).toEqual([RESEAL_BATCH + 1, RESEAL_BATCH + 1]);
    expect((await rawChunks(name)).every((c) => c.iv)).toBe(true);
    expect(same(await next.evidenceFiles!.read('f1', original.length), original)).toBe(true);
  });

  it('calls plain chunks beside a sealed plan planted when no re-seal was recorded', async () => {
    const name = `ev-${crypto.randomUUID()}`;
    const page = await open(name);
    await page.setPassphrase('correct horse battery');
    const db = await openDB(name);
    await db.put('chunks', { fileId: 'x', index: 0, last: true, data: new Uint8Array(3) });
    db.close();
    const next = await open(name);
    await next.unlock('correct horse battery');
    await next.load();
    expect(next.findings?.()).toEqual(['plain-beside-vault']);
    await next.acceptFindings!();
    expect(await rawChunks(name)).toEqual([]);
  });
});
