import { browser } from 'wxt/browser';
import { setToolbarTitle } from '../browser/action';
import { openIdbStorage } from '../storage/idb-storage';
import { DB_NAME } from '../storage/schema';

/**
 * The toolbar title survives a browser restart in discreet mode: at start-up, read the setting
 * (plain, readable while the plan is locked) and set the neutral title before anyone looks.
 */
export function keepDiscreetTitle(): void {
  browser.runtime.onStartup.addListener(() => {
    void (async () => {
      // Never create the database just to read a setting (after "erase everything", say).
      const names = (await indexedDB.databases()).map((db) => db.name);
      if (!names.includes(DB_NAME)) return;
      const storage = await openIdbStorage();
      try {
        const { discreet } = await storage.loadSettings();
        if (discreet) await setToolbarTitle(true);
      } finally {
        storage.close();
      }
    })().catch(() => undefined);
  });
}
