import { expect, test } from '@playwright/test';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension, type Extension } from './support/extension';

/**
 * Issue 28, as the person who has the running computer in hand would try it: strip the lock
 * from the extension's own service worker (the sealed plan removed, a plain plan written in
 * its place). Lockstep opens without asking for the passphrase, so the person's check word is
 * missing, and where the removal left a trace, a plain notice says so before any page.
 */
let ext: Extension;
test.beforeEach(async () => {
  ext = await launchExtension();
  await closeStartupTabs(ext);
});
test.afterEach(async () => {
  await ext.close();
});

const PASS = 'orbit violet tundra 42';

test('a stripped lock shows the notice and no check word', async () => {
  const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await dash.pastWelcome();
  await dash.addAccount('Canary Credit Union', 'Banking and payments', 'canary-cu.example');
  const page = dash.page;
  await page.getByRole('link', { name: 'Safety & data' }).click();
  await page.getByRole('button', { name: 'Set a passphrase' }).click();
  await page.getByLabel('New passphrase').fill(PASS);
  await page.getByLabel('Type it again').fill(PASS);
  await page.getByLabel(/Check word/).fill('blue heron');
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  // 1,500,000 PBKDF2 iterations: seconds on a loaded two-core machine (a bound, not a target).
  await expect(page.getByText(/If Lockstep ever opens without asking/)).toBeVisible({
    timeout: 45_000,
  });

  // After an unlock, the plan page shows the word only the sealed plan holds.
  await page.reload();
  await page.getByLabel('Passphrase').fill(PASS);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('link', { name: 'My plan' }).click();
  await expect(page.getByText('Your check word: blue heron')).toBeVisible();
  await page.close();

  // The other person, from the extension's worker: the sealed plan out, a look-alike plan in.
  await ext.worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lockstep');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['vault', 'accounts'], 'readwrite');
    tx.objectStore('vault').delete('plan');
    tx.objectStore('accounts').put({
      id: 'planted',
      name: 'Gmail',
      site: 'gmail.evil.example',
      kind: 'primary-email',
      position: 0,
      createdAt: 1,
      updatedAt: 1,
    });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });

  const next = await ext.open('dashboard.html');
  await expect(
    next.getByRole('heading', { name: 'Lockstep found a change it did not make' }),
  ).toBeVisible();
  await expect(next.getByText(/Your lock was removed, but not from Lockstep/)).toBeVisible();
  await expect(next.getByLabel('Passphrase')).toHaveCount(0);

  await next.getByRole('button', { name: 'Go on' }).click();
  await expect(next.getByRole('link', { name: 'Gmail', exact: true })).toBeVisible();
  await expect(next.getByText(/Your check word/)).toHaveCount(0);
});

test('a setting changed on disk while locked shows after unlock, and mine comes back', async () => {
  const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await dash.pastWelcome();
  const page = dash.page;
  await page.getByRole('link', { name: 'Safety & data' }).click();
  await page.getByLabel('Page to leave open after quick exit').fill('https://weather.example/');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved. Quick exit will open that page.')).toBeVisible();
  await page.getByRole('button', { name: 'Set a passphrase' }).click();
  await page.getByLabel('New passphrase').fill(PASS);
  await page.getByLabel('Type it again').fill(PASS);
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByLabel('Passphrase')).toBeVisible();

  // The other person, while the plan is locked: quick exit now leads to their page.
  await ext.worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lockstep');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('settings', 'readwrite');
    tx.objectStore('settings').put({ key: 'quickExitUrl', value: 'https://watcher.example/' });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });

  await page.reload();
  await page.getByLabel('Passphrase').fill(PASS);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(
    page.getByRole('heading', { name: 'Some settings changed while your plan was locked' }),
  ).toBeVisible();
  const row = page.getByRole('row', { name: /Page to leave open after quick exit/ });
  await expect(row.getByRole('cell')).toHaveText([
    'https://weather.example/',
    'https://watcher.example/',
  ]);
  await page.getByRole('button', { name: 'Put back my settings' }).click();
  await expect(page.getByRole('heading', { name: /Some settings changed/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Safety & data' }).click();
  await expect(page.getByLabel('Page to leave open after quick exit')).toHaveValue(
    'https://weather.example/',
  );
});
