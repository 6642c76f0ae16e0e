import { expect, test, type Page } from '@playwright/test';
import {
  closeStartupTabs,
  launchExtension,
  TEST_BUILD_DIR,
  type Extension,
} from './support/extension';

// Journeys as a person walks them: from a fresh profile, using only what is on screen (roles,
// labels, visible text). Nothing is seeded and no state is set by script: every choice is typed,
// picked or clicked. The test-only build is used because choosing a check-up rhythm asks for the
// `alarms` permission, which a headless browser cannot grant by a click (it is required there).
// One browser and one tab for the file; each test goes on from where the one before stopped.

test.describe.configure({ mode: 'serial' });

let ext: Extension;
let page: Page;
test.beforeAll(async () => {
  ext = await launchExtension(undefined, TEST_BUILD_DIR);
  await closeStartupTabs(ext);
  page = await ext.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
});
test.afterAll(() => ext.close());

/** The page as it looks at 1100 px and at 360 px, written to this test's output folder. */
async function shoot(name: string): Promise<void> {
  const info = test.info();
  for (const width of [1100, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: info.outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1100, height: 800 });
}

const nav = (name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });
const accountNames = () => page.locator('.account-list .account-name');

/** Add an account as a person does: type a few letters, pick it from the list, keep the kind. */
async function addFromDirectory(letters: string, pick: RegExp, kind: string): Promise<void> {
  await nav('Add an account').click();
  const box = page.getByRole('combobox', { name: 'Find the site in the directory (optional)' });
  await expect(box).toBeVisible();
  const notNow = page.getByRole('button', { name: 'Not now' });
  if (await notNow.isVisible()) await notNow.click();
  await box.pressSequentially(letters);
  await page.getByRole('option', { name: pick }).first().click();
  await expect(page.getByLabel('Account name')).toHaveValue(/.+/);
  // The kind the pick suggests is the one the person expects.
  await expect(page.getByLabel('What kind of account is it?').locator('option:checked')).toHaveText(
    kind,
  );
  await page.getByRole('button', { name: 'Add to my plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your reset plan' })).toBeVisible();
}

test('a new person builds a five-account plan from the directory and sees it in the recommended order', async () => {
  await page.goto(ext.url('dashboard.html'));
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await shoot('welcome');
  await page.getByRole('button', { name: 'Skip this introduction' }).click();

  await addFromDirectory('whats', /^WhatsApp/, 'Messaging app');
  await addFromDirectory('chas', /^Chase/, 'Banking and payments');
  await addFromDirectory('gmai', /^Gmail/, 'Main email');
  await addFromDirectory('iclou', /iCloud/, 'Device and cloud (Apple, Google, Microsoft)');
  await addFromDirectory('veriz', /^Verizon/, 'Phone plan (carrier)');

  const rows = page.locator('.account-list .account-row');
  await expect(rows).toHaveCount(5);
  await expect(rows.filter({ hasText: 'Gmail' })).toContainText('Main email');
  await expect(rows.filter({ hasText: 'Verizon' })).toContainText('Phone plan (carrier)');
  await expect(rows.filter({ hasText: 'WhatsApp' })).toContainText('Messaging app');
  await expect(rows.filter({ hasText: 'Chase' })).toContainText('Banking and payments');

  await page.getByRole('button', { name: 'Use the recommended order' }).click();
  await expect(accountNames()).toHaveText(['Gmail', 'Verizon', /iCloud/, 'WhatsApp', /Chase/]);
  await expect(page.locator('.next-step')).toContainText('For: Gmail');
  await shoot('plan');
});
