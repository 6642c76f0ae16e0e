import { expect, test } from '@playwright/test';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension, type Extension } from './support/extension';

let ext: Extension;
test.beforeAll(async () => {
  ext = await launchExtension();
  await closeStartupTabs(ext);
});
test.afterAll(() => ext.close());

test('two dashboard tabs see each other’s changes without a reload', async () => {
  const a = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await a.pastWelcome();
  const b = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await expect(b.page.getByRole('heading', { name: 'Your reset plan' })).toBeVisible();

  await a.addAccount('Proton Mail', 'Main email', 'proton.me');
  await expect(b.accountNames()).toHaveText(['Proton Mail']);

  await b.openAccount('Proton Mail');
  await b.step(1).getByRole('button', { name: 'Mark done' }).click();
  await expect(a.page.locator('.account-list')).toContainText(/1 of \d+ steps finished/);

  await a.page.getByRole('button', { name: 'Remove: Proton Mail' }).click();
  await a.page.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(
    b.page.getByRole('heading', { name: 'This account is not in your plan' }),
  ).toBeVisible();
});
