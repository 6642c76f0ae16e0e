import { openIdbStorage, type IdbStorageOptions } from './idb-storage';
import { createMemoryStorage } from './memory-storage';
import type { PlanStorage } from './plan-storage';
import { browserSessionArea, sessionRunning } from './session-key';

/**
 * IndexedDB when the browser allows it; otherwise (Firefox private windows, "never remember
 * history") a memory-only store, whose `mode` the page shows in a banner.
 */
export async function openStorage(options: IdbStorageOptions = {}): Promise<PlanStorage> {
  // A running advocate session: its plan is in storage.session, never IndexedDB.
  const area = browserSessionArea();
  if (area && (await sessionRunning(area))) {
    const { createSessionStorage, readSession } = await import('./session-storage');
    if (await readSession(area).catch(() => null)) return createSessionStorage(area);
  }
  if (typeof indexedDB === 'undefined') return createMemoryStorage();
  try {
    return await openIdbStorage(options);
  } catch (error) {
    if (isVersionError(error)) throw error;
    return createMemoryStorage();
  }
}

/** A database from a newer Lockstep: falling back to memory would hide the person's plan. */
function isVersionError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'VersionError';
}
