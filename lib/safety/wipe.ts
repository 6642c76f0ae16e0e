import { browser } from 'wxt/browser';
import { deleteAllDatabases } from '../storage/erase';

/**
 * Erases everything Lockstep keeps on this device: every database (the sealed plan and its key
 * settings first among them; the key itself only ever lived in page memory), page storage,
 * extension storage areas (a running session and the reviews' holds with them), caches and the
 * check-up alarm. Lockstep holds no cookies. (The page then cleans history and gives back the
 * optional permissions: lib/pages/page-safety.ts.)
 */
export async function wipeEverything(): Promise<void> {
  await deleteAllDatabases();
  localStorage.clear();
  sessionStorage.clear();
  if (typeof caches !== 'undefined')
    await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
  // Present only if a future version asks for the `storage` permission.
  const storage = (browser as { storage?: typeof browser.storage }).storage;
  await Promise.all([storage?.local, storage?.session, storage?.sync].map((area) => area?.clear()));
  await browser.alarms?.clearAll().catch(() => false);
}
