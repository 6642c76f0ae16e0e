import { checkChunkSet, chunkContext, joinChunks, splitChunks } from '../evidence/chunks';
import type { Db } from './database';
import type { ChunkRecord } from './evidence-schema';
import { filesKey } from './files-key';
import type { StorageContext } from './held-key';
import { LockedError } from './plan-storage';
import { resealRecorded, sealedFactsNow } from './reseal-marker';
import { readVault } from './vault';
import { MAX_RETRIES, TOO_BUSY } from './write';

/**
 * The evidence log's files, in 1 MiB chunks: sealed with the files key while the lock is on
 * (AES-GCM; the file's id, the chunk's index and a last-chunk flag as additional data), plain
 * while it is off, as the plan's own stores are. Digests live in the entries, not here.
 */

/** A file's chunks could not be put together: moved, left off, added or changed. */
export class FileDamagedError extends Error {
  constructor(readonly reason: string) {
    super(`The file's stored parts do not fit together (${reason}).`);
    this.name = 'FileDamagedError';
  }
}

const IV_BYTES = 12;
const aad = (chunk: Pick<ChunkRecord, 'fileId' | 'index' | 'last'>) =>
  new TextEncoder().encode(chunkContext(chunk));

/** One chunk sealed under `key`. */
export async function sealChunk(key: CryptoKey, chunk: ChunkRecord): Promise<ChunkRecord> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const params = { name: 'AES-GCM', iv, additionalData: aad(chunk) };
  const data = new Uint8Array(await crypto.subtle.encrypt(params, key, chunk.data));
  return { fileId: chunk.fileId, index: chunk.index, last: chunk.last, iv, data, sealed: 1 };
}

/** One sealed chunk opened; FileDamagedError when it was moved or changed. */
export async function openChunk(key: CryptoKey, chunk: ChunkRecord): Promise<ChunkRecord> {
  if (!chunk.iv) return chunk;
  try {
    const params = { name: 'AES-GCM', iv: chunk.iv, additionalData: aad(chunk) };
    const data = new Uint8Array(await crypto.subtle.decrypt(params, key, chunk.data));
    return { fileId: chunk.fileId, index: chunk.index, last: chunk.last, data };
  } catch {
    throw new FileDamagedError('changed');
  }
}

const range = (fileId: string) => IDBKeyRange.bound([fileId, 0], [fileId, Infinity]);

/** The key to seal with now: null with the lock off; LockedError when locked. */
async function keyNow(context: StorageContext, database: Db): Promise<CryptoKey | null> {
  if (!(await readVault(database))) return null;
  if (!context.held.key) throw new LockedError();
  return filesKey(context, { create: true });
}

/**
 * Stores a file's bytes under `fileId`, sealed if the lock is on. Sealing happens before the
 * transaction (awaiting crypto inside one would end it); the write lands only if the lock was
 * not turned on or off meanwhile.
 */
export async function putFile(context: StorageContext, fileId: string, bytes: Uint8Array) {
  for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
    const database = await context.db();
    const key = await keyNow(context, database);
    const plain = splitChunks(bytes).map(({ place, bytes: data }) => ({
      ...place,
      fileId,
      data: data.slice(),
    }));
    const chunks = key ? await Promise.all(plain.map((c) => sealChunk(key, c))) : plain;
    const tx = database.transaction(['chunks', 'vault'], 'readwrite');
    const sealedNow = (await tx.objectStore('vault').count('plan')) > 0;
    if (sealedNow !== (key !== null)) {
      tx.abort();
      await tx.done.catch(() => undefined);
      continue;
    }
    const store = tx.objectStore('chunks');
    await Promise.all([store.delete(range(fileId)), ...chunks.map((c) => store.put(c)), tx.done]);
    return;
  }
  throw new Error(TOO_BUSY);
}

/**
 * A file's bytes. FileDamagedError when its chunks do not fit together, or a plain chunk sits
 * in a sealed profile with no re-seal recorded in the sealed plan (planted). The caller checks the SHA-256.
 */
export async function readFile(
  context: StorageContext,
  fileId: string,
  size: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const database = await context.db();
  const chunks = await database.getAll('chunks', range(fileId));
  const fit = checkChunkSet(chunks, size);
  if (fit !== 'ok') throw new FileDamagedError(fit);
  if (chunks.some((c) => !c.iv)) {
    const facts = await sealedFactsNow(context); // null: the lock is off
    if (facts && !(await resealRecorded(database, facts))) throw new FileDamagedError('planted');
  }
  const key = chunks.some((c) => c.iv) ? await filesKey(context) : null;
  if (chunks.some((c) => c.iv) && !key) throw new LockedError();
  const parts: Uint8Array[] = [];
  for (const chunk of chunks) parts.push((key ? await openChunk(key, chunk) : chunk).data);
  return joinChunks(parts);
}

/** Deletes these files' chunks, in one transaction. */
export async function deleteFiles(context: StorageContext, fileIds: readonly string[]) {
  const tx = (await context.db()).transaction('chunks', 'readwrite');
  await Promise.all([...fileIds.map((id) => tx.store.delete(range(id))), tx.done]);
}

/** How many chunks are stored plain (without reading any of them). */
export async function plainChunkCount(database: Db): Promise<number> {
  const tx = database.transaction('chunks');
  const [all, sealed] = await Promise.all([tx.store.count(), tx.store.index('bySealed').count()]);
  return all - sealed;
}
