import type { Db } from './database';
import { openChunk, sealChunk } from './evidence-files';
import type { ChunkKey, ChunkRecord } from './evidence-schema';

/**
 * The work of a re-seal, a few chunks at a time: each batch is read in one short transaction,
 * sealed (or opened) in parallel outside it, and written in one more, while the next batch is
 * read. A batch lands whole or not at all, so a re-seal cut short resumes from the chunks that
 * still need it. At most three batches are held at once (one read, one in crypto, one written;
 * a batch being written keeps only its new bytes): about 4 × RESEAL_BATCH MiB (64 MiB) plus
 * IndexedDB's own copies, whatever the files' total size. The bench measured 106–175 MB added
 * for 100 MB of files (the bound is 300 MB).
 */

/**
 * Chunks per transaction (16 MiB). IndexedDB starts a batch's read only once the write before
 * it commits, and a CPU profile puts the time in IndexedDB's copies of the values and WebCrypto's
 * copies, not in AES-GCM itself: fewer, larger batches wait less between transactions
 * (tests/bench/evidence.mjs, `evidence_reseal_ms_100mb`).
 */
export const RESEAL_BATCH = 16;

/** How far a re-seal got: chunks done of the chunks that needed it. */
export type ResealProgress = (done: number, total: number) => void;

/** A chunk changed and waiting to be written: where it was, whether it was sealed, its new form. */
interface Changed {
  readonly key: ChunkKey;
  readonly wasSealed: boolean;
  readonly next: ChunkRecord;
}

/** The batch's chunks still stored (one read transaction; gone ones are left out). */
async function readBatch(database: Db, keys: readonly ChunkKey[]): Promise<ChunkRecord[]> {
  const tx = database.transaction('chunks');
  const [found] = await Promise.all([Promise.all(keys.map((k) => tx.store.get(k))), tx.done]);
  return found.filter((c): c is ChunkRecord => c !== undefined);
}

/**
 * Writes each changed chunk, unless another page changed or removed it first. What is there now
 * is checked by key (the sealed index and a count), never by reading the 1 MiB values again.
 */
async function writeBatch(database: Db, changed: readonly Changed[]) {
  if (changed.length === 0) return;
  const tx = database.transaction('chunks', 'readwrite');
  const sealedNow = await tx.store.index('bySealed').getAllKeys(IDBKeyRange.only(1));
  const isSealed = new Set(sealedNow.map((k) => JSON.stringify(k)));
  const writes = changed.map(async ({ key, wasSealed, next }) => {
    const there = (await tx.store.count(key)) > 0;
    if (there && isSealed.has(JSON.stringify(key)) === wasSealed) await tx.store.put(next);
  });
  await Promise.all([...writes, tx.done]);
}

/** `keys` cut into batches of RESEAL_BATCH. */
export function batchesOf<T>(keys: readonly T[], size = RESEAL_BATCH): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < keys.length; at += size) out.push(keys.slice(at, at + size));
  return out;
}

/**
 * Seals (or opens) the chunks under `keys` with `key`, batch by batch, reading the next batch
 * while one is written; `progress` hears after each batch lands.
 */
export async function resealChunks(
  database: Db,
  keys: readonly ChunkKey[],
  { key, toSealed }: { key: CryptoKey; toSealed: boolean },
  progress: ResealProgress,
): Promise<void> {
  const batches = batchesOf(keys);
  // The old bytes are let go as soon as the new ones exist: only the key and form are kept.
  const change = async (c: ChunkRecord): Promise<Changed> => ({
    key: [c.fileId, c.index],
    wasSealed: Boolean(c.iv),
    next: toSealed ? await sealChunk(key, c) : await openChunk(key, c),
  });
  let done = 0;
  let writing: Promise<void> = Promise.resolve();
  let reading: Promise<ChunkRecord[]> = Promise.resolve([]);
  const [first, ...rest] = batches;
  if (first) reading = readBatch(database, first);
  try {
    for (const [i, batch] of batches.entries()) {
      const chunks = (await reading).filter((c) => Boolean(c.iv) !== toSealed);
      const next = rest[i];
      if (next) reading = readBatch(database, next);
      const changed = await Promise.all(chunks.map(change));
      await writing;
      const count = batch.length;
      writing = writeBatch(database, changed).then(() => {
        done += count;
        progress(done, keys.length);
      });
    }
    await writing;
  } finally {
    // Cut short: the batch being written still lands (or fails) before this returns.
    await Promise.all([writing.catch(() => undefined), reading.catch(() => undefined)]);
  }
}
