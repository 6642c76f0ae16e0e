/**
 * Makes a check-up due for every seeded account: a monthly rhythm whose due time has passed
 * (the accounts have no decision, so each counts as "change now" and its recurring steps are due).
 */
export async function seedDueCheckUp(ext) {
  const page = await ext.context.newPage();
  await page.goto(ext.url('dashboard.html'));
  await page.waitForFunction(() => performance.getEntriesByName('ready').length > 0);
  await page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open('lockstep');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['settings'], 'readwrite');
    const settings = tx.objectStore('settings');
    settings.put({ key: 'checkUpRhythm', value: 'month' });
    settings.put({ key: 'checkUpSince', value: 1 });
    settings.put({ key: 'checkUpDueAt', value: 2 });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
  await page.close();
}
