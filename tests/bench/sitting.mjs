/**
 * Issue 31's figures: the playbook's words (the pure measures of lib/plan/playbook-words.ts,
 * bundled for node) and the height of an account page a person works on.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { WAIT_TIMEOUT_MS } from './figures.mjs';
import { importForNode } from './measure.mjs';

/** `playbook_words_device_cloud_vendor` (per vendor) and `playbook_words_max_kind`. */
export async function playbookWords() {
  const words = await importForNode('playbook-words', "export * from './lib/plan/playbook-words';");
  const messages = JSON.parse(readFileSync(resolve('public/_locales/en/messages.json'), 'utf8'));
  const text = (key) => messages[key]?.message ?? '';
  return { cloud: words.deviceCloudWords(text), kinds: words.wordsPerKind(text) };
}

/**
 * `noticeable_generic_steps` (no site known) and `noticeable_generic_steps_known_site` (over
 * lib/plan/notice-measure.ts's fixed list of common sites per kind): warnings still generic.
 */
export async function genericNotices() {
  const measure = await importForNode(
    'notice-measure',
    "export * from './lib/plan/notice-measure';",
  );
  return { noSite: measure.genericNoticesNoSite(), knownSite: measure.genericNoticesKnownSite() };
}

/**
 * `account_page_height_px_1100`: a Gmail account (the main email's 13 steps), 4 done, opened at
 * 1100 px wide; the page's full height once it is ready (a bounded wait).
 */
export async function accountPageHeight(ext) {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(ext.url('dashboard.html'));
  await page.waitForFunction(() => performance.getEntriesByName('ready').length > 0, null, {
    timeout: WAIT_TIMEOUT_MS,
  });
  await page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const req = globalThis.indexedDB.open('lockstep');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['accounts', 'settings', 'progress'], 'readwrite');
    tx.objectStore('settings').put({ key: 'introSeen', value: true });
    const account = { id: 'bench-gmail', name: 'Gmail', site: 'gmail.com', kind: 'primary-email' };
    tx.objectStore('accounts').put({ ...account, position: 0, createdAt: 1, updatedAt: 1 });
    for (const stepId of ['document_first', 'sync_check', 'email_forwarding', 'new_password'])
      tx.objectStore('progress').put({ accountId: account.id, stepId, status: 'done', at: 1 });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
  await page.goto(ext.url('dashboard.html#/account/bench-gmail'));
  await page.reload();
  await page
    .locator('h1#account-heading', { hasText: 'Gmail' })
    .waitFor({ timeout: WAIT_TIMEOUT_MS })
    .catch(() => {
      throw new Error('account_page_height_px_1100: the account page never showed "Gmail"');
    });
  const height = await page.evaluate(() => globalThis.document.documentElement.scrollHeight);
  await page.close();
  return height;
}
