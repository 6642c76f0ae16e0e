import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension } from './support/extension';

const PASS = 'lantern meadow copper 9';

/** Downloads the plan from the "Your data" page; returns the saved file's path and text. */
async function exportFrom(page: Page, name: string, passphrase?: string) {
  const protect = page.getByLabel('Protect the file with a passphrase (recommended)');
  if (passphrase) {
    await protect.check();
    await page.getByLabel('Passphrase for the file').fill(passphrase);
    await page.getByLabel('Type the file’s passphrase again').fill(passphrase);
  } else await protect.uncheck();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^plan-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByRole('status').filter({ hasText: 'saved' })).toBeVisible();
  // Kept in the test's own output folder: the browser deletes its downloads when it closes.
  const file = test.info().outputPath(name);
  await download.saveAs(file);
  return { file, text: readFileSync(file, 'utf8') };
}

const planOf = (text: string) => (JSON.parse(text) as { plan: unknown }).plan;

test('a plan exported with a passphrase is restored exactly in a fresh profile', async () => {
  const source = await launchExtension();
  await closeStartupTabs(source);
  const dash = await new DashboardPage(await source.open('dashboard.html')).ready();
  await dash.pastWelcome();
  await dash.addAccount('My bank', 'Banking and payments', 'bank.example');
  await dash.addAccount('Gmail', 'Main email', 'gmail.com');
  await dash.addAccount('Instagram', 'Social media');
  await dash.page.getByRole('button', { name: 'Move up: My bank' }).click();
  await dash.openAccount('Gmail');
  await dash.step(1).getByRole('button', { name: 'Mark done' }).click();
  await dash.step(2).getByRole('button', { name: 'Skip for now' }).click();
  await dash.page.getByRole('button', { name: 'I’m ready' }).click();
  await dash.step(3).getByRole('button', { name: 'Not applicable' }).click();

  await dash.page.getByRole('link', { name: 'Safety & data' }).click();
  const sealed = await exportFrom(dash.page, 'sealed.json', PASS);
  expect(sealed.text).not.toContain('Gmail');
  expect(sealed.text).not.toContain('bank.example');
  const plain = await exportFrom(dash.page, 'plain.json');
  expect(planOf(plain.text)).toMatchObject({
    accounts: [{ name: 'My bank' }, { name: 'Gmail' }, { name: 'Instagram' }],
  });
  await source.close();

  const target = await launchExtension();
  await closeStartupTabs(target);
  const fresh = await new DashboardPage(await target.open('dashboard.html#/data')).ready();
  await fresh.page.getByLabel('Choose a Lockstep file').setInputFiles(sealed.file);
  const passField = fresh.page.getByLabel('This file is protected. Enter its passphrase');
  await passField.fill('wrong words here');
  await fresh.page.getByRole('button', { name: 'Open the file' }).click();
  await expect(fresh.page.getByRole('alert')).toContainText('does not open this file');
  await passField.fill(PASS);
  await fresh.page.getByRole('button', { name: 'Open the file' }).click();
  await expect(
    fresh.page.getByText('The file holds 3 accounts and 2 finished steps'),
  ).toBeVisible();
  await fresh.page.getByLabel('Replace my plan with the file').check();
  await fresh.page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(fresh.page.getByRole('status')).toContainText('Your plan now has 3 accounts');

  // Exactly: the plan exported here is the plan exported there, field for field.
  const again = await exportFrom(fresh.page, 'again.json');
  expect(planOf(again.text)).toEqual(planOf(plain.text));

  await fresh.page.goto(target.url('dashboard.html#/plan'));
  await fresh.ready();
  await fresh.pastWelcome();
  await expect(fresh.accountNames()).toHaveText(['My bank', 'Gmail', 'Instagram']);
  await fresh.openAccount('Gmail');
  await expect(fresh.step(1)).toContainText('Done on');
  await expect(fresh.step(2)).toContainText('Skipped on');
  await expect(fresh.step(3)).toContainText('Not applicable');
  await expect(fresh.step(4)).toContainText('To do');
  await target.close();
});
