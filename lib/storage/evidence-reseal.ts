import type { Db } from './database';
import { plainChunkCount } from './evidence-files';
import type { ChunkKey } from './evidence-schema';
import { filesKey, readFilesKeyState, writeFilesKeyState } from './files-key';
import type { Held, StorageContext } from './held-key';
import { resealChunks, type ResealProgress } from './reseal-batches';
import { plantedChunks, resealRecorded, sealedFactsNow, settleMarker } from './reseal-marker';
import type { SealedFacts } from './sealed-facts';
import { readVault } from './vault';

export type { ResealProgress };

/**
 * Turning the lock on or off with hundreds of MB of files cannot be one transaction (awaiting
 * crypto ends it), so the chunks are sealed (or opened) a few at a time, each batch in its own
 * short transactions (reseal-batches.ts), after the plan itself. The sealed plan records a
 * re-seal to sealed until it ends (reseal-marker.ts), and the files key's state one to plain, so
 * a page closed half-way picks it up at the next start, and the tamper check never takes its
 * plain chunks for planted ones.
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

/**
 * To sealed, only chunks the sealed plan knows are waiting are sealed (reseal-marker.ts): plain
 * chunks it does not know of were planted, and are left for the tamper notice.
 */
async function resealAll(context: StorageContext, progress: ResealProgress) {
  const database = await context.db();
  const toSealed = (await readVault(database)) !== undefined;
  const todo = await chunksToChange(database, toSealed);
  if (toSealed && !context.held.key) return todo.length === 0 ? 'done' : 'locked';
  const facts = toSealed ? await sealedFactsNow(context) : null;
  const known = facts ? await resealRecorded(database, facts) : true;
  const key = todo.length > 0 && known ? await filesKey(context, { create: toSealed }) : null;
  if (todo.length > 0 && known && !key) return 'locked';
  const started = performance.now();
  if (key) {
    progress(0, todo.length);
    await resealChunks(database, todo, { key, toSealed }, progress);
  }
  if (facts) await settleMarker(context, facts);
  else if (await readFilesKeyState(database)) await writeFilesKeyState(database, null);
  if (key) performance.measure('lockstep:evidence-reseal', { start: started }); // `npm run bench`
  return 'done';
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

/**
 * Before the lock is set: opens the files key under the passphrase now (so a new one can wrap
 * it again). True when plain chunks wait: the sealed plan records a re-seal (reseal-marker.ts).
 */
export async function beforeLockSet(context: StorageContext): Promise<boolean> {
  await filesKey(context).catch(() => null);
  return (await plainChunkCount(await context.db())) > 0;
}

/** After the lock is set or turned off: re-wraps the files key, and re-seals in the background. */
export async function afterLockChange(context: StorageContext): Promise<void> {
  if (context.held.key) await filesKey(context).catch(() => null);
  void resealFiles(context).catch(() => undefined);
}

/** Going on after a finding: plain chunks planted beside the sealed plan are dropped. */
export async function dropPlantedChunks(database: Db, facts: SealedFacts): Promise<void> {
  if ((await plantedChunks(database, facts)) === 0) return;
  const plain = await chunksToChange(database, true);
  const tx = database.transaction('chunks', 'readwrite');
  await Promise.all([...plain.map((k) => tx.store.delete(k)), tx.done]);
}
