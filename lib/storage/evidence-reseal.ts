import type { Db } from './database';
import { plainChunkCount } from './evidence-files';
import type { ChunkKey, FilesKeyState } from './evidence-schema';
import { filesKey, readFilesKeyState, writeFilesKeyState } from './files-key';
import type { Held, StorageContext } from './held-key';
import { resealChunks, type ResealProgress } from './reseal-batches';
import { readVault } from './vault';

export type { ResealProgress };

/**
 * Turning the lock on or off with hundreds of MB of files cannot be one transaction (awaiting
 * crypto ends it), so the chunks are sealed (or opened) a few at a time, each batch in its own
 * short transactions (reseal-batches.ts), after the plan itself. `resealTo` in the files key's state records the work
 * until it ends, so a page closed half-way picks it up at the next start, and the tamper check
 * never takes its plain chunks for planted ones.
 */

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
  await resealChunks(database, todo, { key, toSealed }, progress);
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
 * Brings every chunk in line with the lock (sealed when on, plain when off), a few chunks per
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
