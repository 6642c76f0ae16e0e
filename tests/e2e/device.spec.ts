import { expect, test, type Page } from '@playwright/test';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension, tabTo, type Extension } from './support/extension';

let ext: Extension;
test.beforeAll(async () => {
  ext = await launchExtension();
  await closeStartupTabs(ext);
});
test.afterAll(() => ext.close());

/** The device page, past the safety introduction. */
async function openDevicePage(): Promise<Page> {
  const dash = await new DashboardPage(await ext.open('dashboard.html#/plan')).ready();
  await dash.pastWelcome();
  await dash.page.getByRole('link', { name: 'Devices' }).click();
  await expect(
    dash.page.getByRole('heading', { level: 1, name: 'Check your phones and computers' }),
  ).toBeVisible();
  return dash.page;
}

test('go through the Android check, look up a pasted list and save a finding', async () => {
  const page = await openDevicePage();
  // Honest limits and the warning come before any check.
  await expect(page.getByRole('note')).toContainText('Do not remove anything yet.');
  await expect(
    page.getByText('Finding nothing is not proof that a device is clean.'),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'stopstalkerware.org' })).toBeVisible();

  // An Android phone: its seven steps, then the seven Android checks (issue 30).
  await page.getByRole('button', { name: 'Add a device' }).click();
  await page.getByLabel('Your name for it').fill('My phone');
  await page.getByLabel('What kind of device is it?').selectOption('android');
  await page.getByRole('button', { name: 'Save device' }).click();
  const checks = page.getByRole('listitem', { name: 'My phone' }).locator('li.step');
  await expect(checks).toHaveCount(14);
  for (let i = 7; i < 14; i++) {
    const check = checks.nth(i);
    await check.getByRole('button', { name: i === 9 ? 'Skip for now' : 'Mark done' }).click();
    await expect(check.getByRole('status')).toContainText(i === 9 ? 'Skipped on' : 'Done on');
  }
  await expect(page.getByText('7 of 14 checks marked.')).toBeVisible();
  await expect(checks.nth(8)).toContainText('Device admin apps');
  await page.screenshot({ path: 'test-results/device-checks.png', fullPage: true });

  await page
    .getByLabel('App names or package names, one per line')
    .fill('com.mspy.lite\nLife360\nWhatsApp');
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByRole('status').filter({ hasText: '3 looked up.' })).toBeVisible();
  const results = page.locator('.lookup-result');
  await expect(results).toHaveCount(3);
  await expect(results.nth(0)).toContainText('On a list as stalkerware or spyware.');
  await expect(results.nth(0)).toContainText('mSpy');
  await expect(results.nth(0)).toContainText('com.mspy.lite');
  // Vendor addresses are text, never links.
  await expect(results.nth(0)).toContainText('mspy.com');
  await expect(results.nth(0).getByRole('link')).toHaveCount(0);
  await expect(results.nth(1)).toContainText('On a list as dual-use.');
  await expect(results.nth(2)).toContainText('Not in the lists.');
  await expect(results.nth(2)).toContainText('This never means the app is safe.');
  await page.screenshot({ path: 'test-results/device-lookup.png', fullPage: true });

  await page.getByRole('button', { name: 'Save as a finding: com.mspy.lite' }).click();
  await expect(results.nth(0).getByRole('status')).toHaveText('Saved to your plan.');
  const findings = page.locator('.findings > li');
  await expect(findings).toHaveCount(1);
  await expect(findings.first()).toContainText('com.mspy.lite');
  await expect(findings.first()).toContainText('On a list as stalkerware or spyware');
  await page.close();
});

test('with the keyboard: choose a device, mark a check, look up an app', async () => {
  const page = await openDevicePage();
  await page.getByLabel('Android phone or tablet').focus();
  await page.keyboard.press('ArrowRight'); // radio buttons move with the arrow keys
  await expect(page.getByLabel('iPhone or iPad')).toBeChecked();
  await page.getByRole('button', { name: 'Change “My phone”' }).focus();
  await tabTo(page, 'Mark done');
  await page.keyboard.press('Enter');
  const steps = page.getByRole('listitem', { name: 'My phone' }).locator('li.step');
  await expect(steps.first()).toContainText('Done on');
  await tabTo(page, 'App names or package names, one per line');
  await page.keyboard.type('Find My');
  await tabTo(page, 'Look up');
  await page.keyboard.press('Enter');
  await expect(page.locator('.lookup-result')).toContainText('On a list as dual-use.');
  await page.close();
});

test('reload: the marks and the finding made above are still there, kept with the plan', async () => {
  const page = await openDevicePage();
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Check your phones and computers' }),
  ).toBeVisible();
  // The tests above marked every Android check and one step, and saved one finding.
  await expect(page.getByText('8 of 14 checks marked.')).toBeVisible();
  const findings = page.locator('.findings > li');
  await expect(findings).toHaveCount(1);
  await expect(findings.first()).toContainText('com.mspy.lite');
  const steps = page.getByRole('listitem', { name: 'My phone' }).locator('li.step');
  await expect(steps.first()).toContainText('Done on');
  await expect(steps.nth(7)).toContainText('Done on');
  await page.close();
});
