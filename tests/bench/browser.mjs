import { chromium } from 'playwright-core';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { browserPath } from '../../scripts/system.mjs';
import { WAIT_TIMEOUT_MS } from './figures.mjs';

export const BUILD_DIR = resolve('.output/chrome-mv3');
/** The test-only build: its optional permissions are granted at install (no prompt to click). */
export const TEST_BUILD_DIR = resolve('.output/chrome-mv3-test');
const CACHE = resolve('.cache/bench');

const FLOOR_SCRIPT = `
const db = await new Promise((resolve, reject) => {
  const req = indexedDB.open('lockstep');
  req.onsuccess = () => resolve(req.result);
  req.onerror = () => reject(req.error);
});
// Every store the dashboard reads at start (the records too), so the floor reads the same data.
const stores = ['accounts', 'progress', 'settings', 'vault', 'records'];
const tx = db.transaction(stores, 'readonly');
const all = (name) => new Promise((resolve) => {
  const req = tx.objectStore(name).getAll();
  req.onsuccess = () => resolve(req.result);
});
const [accounts] = await Promise.all(stores.map(all));
const list = document.getElementById('list');
for (const account of accounts) {
  const li = document.createElement('li');
  li.textContent = account.name;
  list.append(li);
}
await new Promise((r) => requestAnimationFrame(r));
performance.mark('ready');
`;

/**
 * Launches Chromium (scripts/system.mjs finds it) with a copy of the built extension plus one empty page
 * (`blank.html`, the floor every page is measured against). The copy keeps bench-only files
 * out of the shipped build.
 */
export async function launchBench(buildDir = BUILD_DIR) {
  mkdirSync(CACHE, { recursive: true });
  const extDir = join(CACHE, 'extension');
  rmSync(extDir, { recursive: true, force: true });
  cpSync(buildDir, extDir, { recursive: true });
  writeFileSync(
    join(extDir, 'blank.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>\n',
  );
  // The real floor: the least any page showing stored data must do. A plain module script opens
  // IndexedDB, reads the records the popup and dashboard read, renders them as list items and
  // marks `ready`; no framework, no store, no i18n.
  writeFileSync(
    join(extDir, 'floor.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title><script type="module" src="floor.js"></script></head><body><ul id="list"></ul></body></html>\n',
  );
  writeFileSync(join(extDir, 'floor.js'), FLOOR_SCRIPT);
  const profile = mkdtempSync(join(CACHE, 'profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium'),
    headless: false,
    args: [
      '--headless=new',
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // Every Playwright wait (a locator, a page function, an event) gives up after this.
  context.setDefaultTimeout(WAIT_TIMEOUT_MS);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  // Close the dashboard the extension opens on install.
  await new Promise((r) => setTimeout(r, 300));
  for (const page of context.pages())
    if (page.url().startsWith('chrome-extension://')) await page.close();
  return {
    context,
    worker,
    url: (path) => `chrome-extension://${id}/${path}`,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
