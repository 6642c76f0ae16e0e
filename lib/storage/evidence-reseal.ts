import type { Db } from './database';
import { openChunk, plainChunkCount, sealChunk } from './evidence-files';
import type { ChunkKey, FilesKeyState } from './evidence-schema';
import { filesKey, readFilesKeyState, writeFilesKeyState } from './files-key';
import type { Held, StorageContext } from './held-key';
import { readVault } from './vault';

/**
 * Turning the lock on or off with hundreds of MB of files cannot be one transaction (awaiting
 * crypto ends it), so the chunks are sealed (or opened) one at a time, each in its own short
 * transaction, after the plan itself. `resealTo` in the files key's state records the work
 * until it ends, so a page closed half-way picks it up at the next start, and the tamper check
 * never takes its plain chunks for planted ones.
 */

/** How far a re-seal got: chunks done of the chunks that needed it. */
export type ResealProgress = (done: number, total: number) => void;

/** `done`: every chunk is as the lock wants. `locked`: the key is needed to go on. */
export type ResealResult = 'done' | 'locked';

/** The re-seal running in this page, and everyone who wants to hear how far it got. */
const running = new WeakMap<
  Held,
  { readonly run: Promise<ResealResult>; readonly listeners: Set<ResealProgress> }
>();

/** The chunks that must change to match the lock: sealed when it is on, plain when it is off. */
async function chunksToChange(database: Db, toSealed: boolean): Promise<ChunkKey[]> {
  const tx = database.transaction('chunks');
  const [all, sealed] = await Promise.all([
    tx.store.getAllKeys(),
    tx.store.index('bySealed').getAllKeys(),
  ]);
  const isSealed = new Set(sealed.map((k) => JSON.stringify(k)));
  return all.filter((k) => isSealed.has(JSON.stringify(k)) !== toSealed);
}

/** One chunk changed in place, unless another page changed it first. */
async function resealOne(database: Db, chunkKey: ChunkKey, key: CryptoKey, toSealed: boolean) {
  const chunk = await database.get('chunks', chunkKey);
  if (!chunk || Boolean(chunk.iv) === toSealed) return;
  const next = toSealed ? await sealChunk(key, chunk) : await openChunk(key, chunk);
  const tx = database.transaction('chunks', 'readwrite');
  const now = await tx.store.get(chunkKey);
  if (now && Boolean(now.iv) === Boolean(chunk.iv)) await tx.store.put(next);
  await tx.done;
}

async function resealAll(context: StorageContext, progress: ResealProgress) {
  const database = await context.db();
  const toSealed = (await readVault(database)) !== undefined;
  const state = await readFilesKeyState(database);
  const todo = await chunksToChange(database, toSealed);
  if (todo.length === 0) {
    await settle(database, state, toSealed);
    return 'done';
  }
  if (toSealed && !context.held.key) return 'locked';
  if (toSealed && state?.resealTo !== 'sealed')
    await writeFilesKeyState(database, { ...state, resealTo: 'sealed' });
  const key = await filesKey(context, { create: toSealed });
  if (!key) return 'locked';
  progress(0, todo.length);
  const started = performance.now();
  for (const [index, chunkKey] of todo.entries()) {
    await resealOne(database, chunkKey, key, toSealed);
    progress(index + 1, todo.length);
  }
  await settle(database, await readFilesKeyState(database), toSealed);
  performance.measure('lockstep:evidence-reseal', { start: started }); // read by `npm run bench`
  return 'done';
}

/** The re-seal is over: the record of it goes (and, with the lock off, the key itself). */
async function settle(database: Db, state: FilesKeyState | undefined, toSealed: boolean) {
  if (!state) return;
  if (!toSealed) return writeFilesKeyState(database, null);
  if (state.resealTo === undefined) return;
  const rest = { ...state };
  delete rest.resealTo;
  await writeFilesKeyState(database, rest);
}

/**
 * Brings every chunk in line with the lock (sealed when on, plain when off), one chunk per
 * transaction, telling `progress` as it goes. Safe to call again at any time: a second call while
 * one runs in this page shares it; one interrupted resumes where it stopped.
 */
export function resealFiles(
  context: StorageContext,
  progress: ResealProgress = () => undefined,
): Promise<ResealResult> {
  const { held } = context;
  const current = running.get(held);
  if (current) {
    current.listeners.add(progress);
    return current.run;
  }
  const listeners = new Set([progress]);
  const tell: ResealProgress = (done, total) => listeners.forEach((l) => l(done, total));
  const run = resealAll(context, tell).finally(() => running.delete(held));
  running.set(held, { run, listeners });
  return run;
}

/** Plain chunks that sit beside a sealed plan with no re-seal recorded: for the tamper check. */
export async function plantedChunks(database: Db, sealed: boolean): Promise<number> {
  if (!sealed) return 0;
  const state = await readFilesKeyState(database);
  return state?.resealTo === 'sealed' ? 0 : plainChunkCount(database);
}

/**
 * Before the lock is set: opens the files key under the passphrase now (so a new one can wrap
 * it again), and records a re-seal before the plan is sealed if plain chunks are waiting.
 */
export async function beforeLockSet(context: StorageContext): Promise<void> {
  const database = await context.db();
  await filesKey(context).catch(() => null);
  if ((await plainChunkCount(database)) === 0) return;
  const state = await readFilesKeyState(database);
  if (state?.resealTo !== 'sealed')
    await writeFilesKeyState(database, { ...state, resealTo: 'sealed' });
}

/** After the lock is set or turned off: re-wraps the files key, and re-seals in the background. */
export async function afterLockChange(context: StorageContext): Promise<void> {
  if (context.held.key) await filesKey(context).catch(() => null);
  void resealFiles(context).catch(() => undefined);
}

/** Going on after a finding: plain chunks planted beside the sealed plan are dropped. */
export async function dropPlantedChunks(database: Db): Promise<void> {
  if ((await plantedChunks(database, true)) === 0) return;
  const plain = await chunksToChange(database, true);
  const tx = database.transaction('chunks', 'readwrite');
  await Promise.all([...plain.map((k) => tx.store.delete(k)), tx.done]);
}
