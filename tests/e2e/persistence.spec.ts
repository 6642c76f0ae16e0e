import { expect, test } from '@playwright/test';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension, newProfile } from './support/extension';

test('a plan of several accounts and its progress survive a browser restart', async () => {
  const profile = newProfile();
  let ext = await launchExtension(profile);
  await closeStartupTabs(ext);
  let dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await expect(dash.page.getByRole('heading', { name: /safety comes first/ })).toBeVisible();
  await dash.pastWelcome();

  await dash.addAccount('My bank', 'Banking and payments', 'bank.example');
  await dash.addAccount('Gmail', 'Main email', 'gmail.com');
  await dash.addAccount('Our car', 'Car');
  await dash.addAccount('Verizon', 'Phone plan (carrier)');
  // The plan orders by what recovers what, whatever order they were added in.
  await expect(dash.accountNames()).toHaveText(['Gmail', 'Verizon', 'My bank', 'Our car']);

  // The person moves the bank up one place.
  await dash.page.getByRole('button', { name: 'Move up: My bank' }).click();
  await expect(dash.accountNames()).toHaveText(['Gmail', 'My bank', 'Verizon', 'Our car']);

  // A kind added with the clinic review: its steps start with documenting, and the sitting asks
  // whether the person is ready before its first step.
  await dash.openAccount('Our car');
  await expect(dash.step(1)).toContainText('Take screenshots before you change anything');
  // Step 4 is a later step, one row: the person opens it first.
  await dash.step(4).getByRole('button', { name: 'Open this step' }).click();
  await expect(dash.step(4)).toContainText('Do these together, in one sitting.');
  await expect(dash.step(4)).toContainText('Signing in may itself alert them');
  await dash.step(4).getByRole('button', { name: 'I’m ready' }).click();
  await expect(dash.step(4).getByRole('button', { name: 'Skip for now' })).toHaveCount(0);
  await dash.step(4).getByRole('button', { name: 'Mark done' }).click();
  await expect(dash.step(4)).toContainText('Done on');
  await dash.page.getByRole('link', { name: 'Back to your plan' }).click();

  await dash.openAccount('Gmail');
  await dash.step(1).getByRole('button', { name: 'Mark done' }).click();
  await dash.step(2).getByRole('button', { name: 'Skip for now' }).click();
  await expect(dash.step(1)).toContainText('Done on');
  await expect(dash.step(2)).toContainText('Skipped on');
  await ext.close();

  ext = await launchExtension(profile);
  await closeStartupTabs(ext, false);
  dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  // The introduction was seen: it does not come back.
  await expect(dash.page.getByRole('heading', { name: 'Your reset plan' })).toBeVisible();
  await expect(dash.accountNames()).toHaveText(['Gmail', 'My bank', 'Verizon', 'Our car']);
  await dash.openAccount('Gmail');
  await expect(dash.step(1)).toContainText('Done on');
  await expect(dash.step(2)).toContainText('Skipped on');
  await expect(dash.step(3)).toContainText('To do');
  await dash.page.getByRole('link', { name: 'Back to your plan' }).click();
  await dash.openAccount('Our car');
  await expect(dash.step(4)).toContainText('Done on');
  // The sitting keeps its place: no "ready" question again, the next step is open to mark.
  await expect(dash.step(4)).not.toContainText('Signing in may itself alert them');
  await expect(dash.step(5)).toContainText('To do');
  await expect(dash.step(5).getByRole('button', { name: 'Mark done' })).toBeVisible();
  await ext.close();
});
