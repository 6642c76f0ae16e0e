import { expect, test } from '@playwright/test';
import { DashboardPage } from './support/dashboard-page';
import {
  closeStartupTabs,
  launchExtension,
  TEST_BUILD_DIR,
  type Extension,
} from './support/extension';

// The test build adds a small fake second language (tests/fixtures/locales/en_XA: a few
// pseudo-accented messages); the shipped build has none of it.
let ext: Extension;
test.beforeEach(async () => {
  ext = await launchExtension(undefined, TEST_BUILD_DIR);
  await closeStartupTabs(ext);
});
test.afterEach(async () => {
  await ext.close();
});

const FAKE = 'English (Pseudo-Accents)';

test('the language chosen on the first page is spoken everywhere, the lock screen too', async () => {
  const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  const page = dash.page;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Before you start/);
  await page.getByLabel('Language').selectOption({ label: FAKE });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/\[Béföré ýöû stàrt/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');

  // Messages the fake language lacks stay readable (the browser's English).
  await page.getByRole('button', { name: 'Skip this introduction' }).click();
  await page.getByRole('link', { name: 'Safety & data' }).click();
  await expect(page.getByLabel('[Làñgûàgé]')).toHaveValue('en-XA');
  await page.getByRole('button', { name: 'Set a passphrase' }).click();
  await page.getByLabel('New passphrase').fill('orbit violet tundra 42');
  await page.getByLabel('Type it again').fill('orbit violet tundra 42');
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  // Key derivation takes seconds on a busy machine: wait for the outcome, however long.
  await expect(page.getByRole('status')).toContainText('The lock is on', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { name: '[Lockstep îs löçkéd]' })).toBeVisible();

  // A page opened while locked speaks it from its first render.
  const other = await ext.open('dashboard.html');
  await expect(other.getByRole('heading', { name: '[Lockstep îs löçkéd]' })).toBeVisible();
  await expect(other.locator('html')).toHaveAttribute('lang', 'en-XA');

  // Back to English on the lock screen: this page, and the other one, follow.
  await other.getByLabel('[Làñgûàgé]').selectOption({ label: 'English' });
  await expect(other.getByRole('heading', { name: 'Lockstep is locked' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Lockstep is locked' })).toBeVisible();
  await expect(other.locator('html')).toHaveAttribute('lang', 'en');
  await other.reload();
  await expect(other.getByRole('heading', { name: 'Lockstep is locked' })).toBeVisible();
  await expect(other.getByLabel('Language')).toHaveValue('en');
});
