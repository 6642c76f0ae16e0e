import { chunkCount } from '../evidence/chunks';
import { FileDamagedError, openChunk } from './evidence-files';
import { filesKey, readFilesKeyState } from './files-key';
import type { StorageContext } from './held-key';
import { LockedError } from './plan-storage';
import { readVault } from './vault';

/**
 * A file's bytes one chunk at a time (the evidence archive streams a log far larger than memory
 * should hold). The same rules as `readFile`: every chunk in its place, the last one flagged,
 * none after it, and no plain chunk planted in a sealed profile. The caller checks the SHA-256.
 */
export async function* readFileChunks(
  context: StorageContext,
  fileId: string,
  size: number,
): AsyncGenerator<Uint8Array<ArrayBuffer>> {
  const database = await context.db();
  const count = chunkCount(size);
  const stored = await database.count('chunks', IDBKeyRange.bound([fileId, 0], [fileId, Infinity]));
  if (stored !== count) throw new FileDamagedError(stored < count ? 'truncated' : 'extra');
  const sealedProfile = (await readVault(database)) !== undefined;
  const resealing = sealedProfile && (await readFilesKeyState(database))?.resealTo === 'sealed';
  for (let index = 0; index < count; index++) {
    const chunk = await database.get('chunks', [fileId, index]);
    if (!chunk) throw new FileDamagedError('missing');
    if (chunk.last !== (index === count - 1)) throw new FileDamagedError('truncated');
    if (!chunk.iv) {
      if (sealedProfile && !resealing) throw new FileDamagedError('planted');
      yield chunk.data;
      continue;
    }
    const key = await filesKey(context);
    if (!key) throw new LockedError();
    yield (await openChunk(key, chunk)).data;
  }
}
