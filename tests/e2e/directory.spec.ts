import { expect, test } from '@playwright/test';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension, waitReady, type Extension } from './support/extension';

let ext: Extension;
test.beforeAll(async () => {
  ext = await launchExtension();
  await closeStartupTabs(ext);
});
test.afterAll(() => ext.close());

test('find an account by typing a few letters, by keyboard, and see its steps linked to the data', async () => {
  const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await dash.pastWelcome();
  await dash.page.getByRole('link', { name: 'Add an account' }).first().click();
  const box = dash.page.getByRole('combobox', {
    name: 'Find the site in the directory (optional)',
  });
  await expect(dash.page.getByText(/Type a few letters/)).toBeVisible();
  await box.fill('gmai');
  await expect(dash.page.getByRole('option').first()).toContainText('Gmail');
  await box.press('Enter');
  await expect(dash.page.getByLabel('Account name')).toHaveValue('Gmail');
  await expect(dash.page.getByLabel('Site address (optional)')).toHaveValue('mail.google.com');
  await dash.page.getByLabel('What kind of account is it?').selectOption({ label: 'Main email' });
  await dash.page.getByRole('button', { name: 'Add to my plan' }).click();

  await dash.openAccount('Gmail');
  // Later steps are one row each: the person opens the two they want to read.
  for (const title of ['Set a new password only you know', 'Turn on the strongest second step'])
    await dash.page
      .locator('.steps > li', { hasText: title })
      .getByRole('button', { name: 'Open this step' })
      .click();
  await expect(dash.page.getByText(/^Best method here: A passkey/)).toBeVisible();
  await expect(
    dash.page.getByRole('link', { name: 'Gmail’s guide to two-step verification' }),
  ).toHaveAttribute('href', /^https:\/\//);
  // The bundled change-password page of google.com (Gmail's registrable domain), opened on a click.
  await expect(
    dash.page.getByRole('link', { name: 'Open Gmail’s change-password page' }),
  ).toHaveAttribute('href', 'https://myaccount.google.com/signinoptions/password');
});

test('check a site without adding it: listed, unknown, and not a website', async () => {
  const page = await ext.open('dashboard.html#/add');
  await waitReady(page);
  const check = async (address: string) => {
    await page.getByLabel('Website address').fill(address);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
  };
  await check('https://www.GitHub.com/login');
  await expect(page.getByRole('heading', { name: 'GitHub' })).toBeVisible();
  await expect(page.getByText('Supports two-step verification.')).toBeVisible();
  await check('someone.github.io');
  await expect(page.getByText('someone.github.io is not in Lockstep’s directory.')).toBeVisible();
  await check('192.168.1.1');
  await expect(page.getByText('Not a website Lockstep can look up.')).toBeVisible();
});

test('the popup, opened without a website behind it, says so plainly', async () => {
  const popup = await ext.open('popup.html');
  await waitReady(popup);
  await expect(popup.getByRole('region', { name: 'This site' })).toContainText(
    'Not a website Lockstep can look up.',
  );
});
