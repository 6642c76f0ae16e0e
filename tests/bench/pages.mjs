import { WAIT_TIMEOUT_MS } from './figures.mjs';

/** Page timings, measured inside each page from its time origin (driver overhead excluded). */

/** Opens a page in a new tab and returns the in-page time to `ready` (or loadEventEnd). */
export async function timePage(ext, path, { blank = false } = {}) {
  const page = await ext.context.newPage();
  await page.goto(ext.url(path));
  // In the page: bounded, so a page that never gets ready stops the figure, not the bench.
  const value = await page.evaluate(
    async ({ isBlank, bound }) => {
      const end = performance.now() + bound;
      const loaded = () => performance.getEntriesByType('navigation')[0]?.loadEventEnd > 0;
      const ready = () => performance.getEntriesByName('ready').length > 0;
      while (!(isBlank ? loaded() : ready())) {
        if (performance.now() > end) throw new Error(`${location.pathname} was not ready`);
        await new Promise((r) => setTimeout(r, 5));
      }
      return isBlank
        ? performance.getEntriesByType('navigation')[0].loadEventEnd
        : performance.getEntriesByName('ready')[0].startTime;
    },
    { isBlank: blank, bound: WAIT_TIMEOUT_MS },
  );
  await page.close();
  return value;
}

/** Writes `count` accounts straight into Lockstep's database (schema v1), intro already seen. */
export async function seedAccounts(ext, count) {
  const page = await ext.context.newPage();
  await page.goto(ext.url('dashboard.html'));
  await page.waitForFunction(() => performance.getEntriesByName('ready').length > 0);
  await page.evaluate(async (n) => {
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open('lockstep');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const kinds = [
      'primary-email',
      'phone-carrier',
      'device-cloud',
      'banking',
      'social',
      'other-email',
      'work',
      'shopping',
      'other',
    ];
    const tx = db.transaction(['accounts', 'settings', 'progress'], 'readwrite');
    tx.objectStore('settings').put({ key: 'introSeen', value: true });
    for (let i = 0; i < n; i++) {
      const id = `bench-${i}`;
      tx.objectStore('accounts').put({
        id,
        name: `Account ${i}`,
        site: `site${i}.example`,
        kind: kinds[i % kinds.length],
        position: i,
        createdAt: i,
        updatedAt: i,
      });
      if (i % 3 === 0)
        tx.objectStore('progress').put({
          accountId: id,
          stepId: 'new_password',
          status: 'done',
          at: 1,
        });
    }
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, count);
  await page.close();
}

/** Clicks "Mark done" on the first to-do step and times it to the updated progress text. */
export async function timeStepToggle(ext, accountId, runs) {
  const page = await ext.context.newPage();
  await page.goto(ext.url(`dashboard.html#/account/${accountId}`));
  await page.waitForFunction(() => performance.getEntriesByName('ready').length > 0);
  const times = [];
  for (let i = 0; i < runs; i++) {
    times.push(
      await page.evaluate(async () => {
        const progress = document.querySelector('main .progress-text');
        const button = [...document.querySelectorAll('main button')].find(
          (b) => b.textContent === 'Mark done',
        );
        const before = progress.textContent;
        const changed = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (progress.textContent !== before) {
              observer.disconnect();
              resolve(performance.now());
            }
          });
          observer.observe(progress, { childList: true, characterData: true, subtree: true });
        });
        const start = performance.now();
        button.click();
        return (await changed) - start;
      }),
    );
    // Put it back so the next run clicks the same step.
    await page.getByRole('button', { name: /^Undo/ }).first().click();
    await page.getByRole('button', { name: 'Mark done' }).first().waitFor();
  }
  await page.close();
  return times;
}

/** Stores one setting straight into Lockstep's database (the popup's next step, for one). */
export async function seedSetting(ext, key, value) {
  const page = await ext.context.newPage();
  await page.goto(ext.url('blank.html'));
  await page.evaluate(
    async ([k, v]) => {
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open('lockstep');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction('settings', 'readwrite');
      tx.objectStore('settings').put({ key: k, value: v });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    [key, value],
  );
  await page.close();
}
