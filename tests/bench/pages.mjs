import { WAIT_TIMEOUT_MS } from './figures.mjs';

/** Page timings, measured inside each page from its time origin (driver overhead excluded). */

/** Opens a page in a new tab and returns the in-page time to `ready` (or loadEventEnd). */
export async function timePage(ext, path, { blank = false } = {}) {
  return blank ? (await timeMarks(ext, path, []))[0] : (await timeMarks(ext, path, ['ready']))[0];
}

/**
 * Opens a page in a new tab and returns the in-page times of the given marks, in order, once all
 * are there (no marks: the time to loadEventEnd, for the blank page).
 */
export async function timeMarks(ext, path, marks) {
  const page = await ext.context.newPage();
  await page.goto(ext.url(path));
  // In the page: bounded, so a page that never gets ready stops the figure, not the bench.
  const values = await page.evaluate(
    async ({ names, bound }) => {
      const end = performance.now() + bound;
      const navigation = () => performance.getEntriesByType('navigation')[0];
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
      const done = () =>
        names.length === 0 ? navigation()?.loadEventEnd > 0 : names.every((n) => at(n) >= 0);
      while (!done()) {
        if (performance.now() > end) throw new Error(`${location.pathname} was not ready`);
        await new Promise((r) => setTimeout(r, 5));
      }
      return names.length === 0 ? [navigation().loadEventEnd] : names.map(at);
    },
    { names: marks, bound: WAIT_TIMEOUT_MS },
  );
  await page.close();
  return values;
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
      // Issue 32's kinds.
      'home-internet',
      'mail-address',
      'government',
      'health',
      'fitness',
      'games',
      'co-parenting',
      'dating',
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
