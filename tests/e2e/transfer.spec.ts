import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension } from './support/extension';

const PASS = 'lantern meadow copper 9';

test('a plan exported with a passphrase is restored exactly in a fresh profile', async () => {
  const source = await launchExtension();
  await closeStartupTabs(source);
  const dash = await new DashboardPage(await source.open('dashboard.html')).ready();
  await dash.pastWelcome();
  await dash.addAccount('My bank', 'Banking and payments', 'bank.example');
  await dash.addAccount('Gmail', 'Main email', 'gmail.com');
  await dash.addAccount('Instagram', 'Social media and messaging');
  await dash.page.getByRole('button', { name: 'Move up: My bank' }).click();
  await dash.openAccount('Gmail');
  await dash.step(1).getByRole('button', { name: 'Mark done' }).click();
  await dash.step(2).getByRole('button', { name: 'Not applicable' }).click();
  await dash.step(3).getByRole('button', { name: 'Skip for now' }).click();

  await dash.page.getByRole('link', { name: 'Safety & data' }).click();
  await dash.page.getByLabel('Passphrase for the file').fill(PASS);
  await dash.page.getByLabel('Type the file’s passphrase again').fill(PASS);
  const downloading = dash.page.waitForEvent('download');
  await dash.page.getByRole('button', { name: 'Download the file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^plan-\d{4}-\d{2}-\d{2}\.json$/);
  // Kept in the test's own output folder: the browser deletes its downloads when it closes.
  const file = test.info().outputPath('plan.json');
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  expect(text).not.toContain('Gmail');
  const before = await dash.page.evaluate(() => document.title);
  expect(before).toBe('Lockstep');
  await source.close();

  const target = await launchExtension();
  await closeStartupTabs(target);
  const fresh = await new DashboardPage(await target.open('dashboard.html#/data')).ready();
  await fresh.page.getByLabel('Choose a Lockstep file').setInputFiles(file);
  await fresh.page
    .getByLabel('This file is protected. Enter its passphrase')
    .fill('wrong words here');
  await fresh.page.getByRole('button', { name: 'Open the file' }).click();
  await expect(fresh.page.getByRole('alert')).toContainText('does not open this file');
  await fresh.page.getByLabel('This file is protected. Enter its passphrase').fill(PASS);
  await fresh.page.getByRole('button', { name: 'Open the file' }).click();
  await expect(
    fresh.page.getByText('The file holds 3 accounts and 2 finished steps'),
  ).toBeVisible();
  await fresh.page.getByLabel('Replace my plan with the file').check();
  await fresh.page.getByRole('button', { name: 'Import' }).click();
  await expect(fresh.page.getByRole('status')).toContainText('Your plan now has 3 accounts');

  await fresh.page.goto(target.url('dashboard.html#/plan'));
  await fresh.ready();
  await fresh.pastWelcome();
  await expect(fresh.accountNames()).toHaveText(['My bank', 'Gmail', 'Instagram']);
  await fresh.openAccount('Gmail');
  await expect(fresh.step(1)).toContainText('Done on');
  await expect(fresh.step(2)).toContainText('Not applicable');
  await expect(fresh.step(3)).toContainText('Skipped on');
  await expect(fresh.step(4)).toContainText('To do');
  await target.close();
});
