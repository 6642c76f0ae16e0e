import type { Page } from '@playwright/test';

/** Every record of every store of every IndexedDB database, as text, read in the page. */
export function rawIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: unknown[] = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name ?? '');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      for (const store of db.objectStoreNames) {
        const records = await new Promise<unknown[]>((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
        });
        out.push({ db: info.name, store, records });
      }
      db.close();
    }
    return JSON.stringify(out);
  });
}
