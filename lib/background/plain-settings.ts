import type { Settings } from '../plan/types';
import { openIdbStorage } from '../storage/idb-storage';
import { DB_NAME } from '../storage/schema';

/**
 * The settings as the background reads them (the plain ones, readable while the plan is locked),
 * or undefined when there is no plan database: it is never created just to read a setting
 * (after "erase everything", say).
 */
export async function readPlainSettings(): Promise<Settings | undefined> {
  const names = (await indexedDB.databases()).map((db) => db.name);
  if (!names.includes(DB_NAME)) return undefined;
  const storage = await openIdbStorage();
  try {
    return await storage.loadSettings();
  } finally {
    storage.close();
  }
}
