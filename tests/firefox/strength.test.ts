import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefox, until, type Firefox } from './support/firefox';
import { Dashboard } from './support/lockstep-page';

let ff: Firefox;
beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(() => ff.close());

test('the strength check answers, from its worker, and nothing typed is stored', async () => {
  await ff.closeInstallTab();
  const dash = new Dashboard(await ff.open('dashboard.html'));
  await dash.pastWelcome();
  await dash.addAccount('Work mail', 'Other email', 'example.com');
  await dash.openAccount('Work mail');
  // The new-password step (step 4) comes later, one row: the person opens it, then its link.
  expect(await dash.stepText(4)).toContain('Set a new password only you know');
  await dash.markStep(4, 'Open this step');
  await dash.click('link', 'Check or create the new password');
  await dash.waitForHeading('A new password for Work mail');

  const result = () => dash.page.evaluate(() => document.querySelector('#pw-result')?.textContent);
  await dash.fill('Password to check', 'password123');
  await until(async () => /Strength: 0 of 4/.test((await result()) ?? ''), 'a weak verdict');
  expect(await result()).toContain('very common password');
  await dash.fill('Password to check', 'CanaryPw-7f3e!Zq9 orbit tundra');
  await until(async () => /Strength: [34] of 4/.test((await result()) ?? ''), 'a strong verdict');

  const stored = await dash.page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lockstep');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error('open failed'));
    });
    const all = await Promise.all(
      [...db.objectStoreNames].map(
        (name) =>
          new Promise<unknown>((resolve) => {
            const request = db.transaction(name).objectStore(name).getAll();
            request.onsuccess = () => resolve(request.result);
          }),
      ),
    );
    db.close();
    return JSON.stringify(all);
  });
  expect(stored).toContain('Work mail'); // the reader really reads
  expect(stored).not.toContain('CanaryPw');
  expect(stored).not.toContain('password123');
  expect(ff.consoleErrors()).toEqual([]);
});
