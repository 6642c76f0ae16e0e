import { expect, test } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension, waitReady } from './support/extension';

test('a phone whose passcode they know gets the email’s codes: the reach sentence names the device path', async () => {
  const ext = await launchExtension();
  try {
    await closeStartupTabs(ext);
    const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
    await dash.pastWelcome();
    await dash.addAccount('Gmail', 'Main email', 'gmail.com');
    const page = dash.page;
    const reach = page.locator('.reach');

    // Look first at Gmail: the password is not known; its codes go to "My cell", a line of mine.
    await dash.openAccount('Gmail');
    await reach.getByRole('link', { name: 'Look first' }).click();
    await page.locator('.lock-offer').getByRole('button', { name: 'Not now' }).click();
    await page
      .getByRole('group', { name: /know this password/ })
      .getByLabel('No', { exact: true })
      .check();
    await page.getByRole('button', { name: 'Add a phone line' }).click();
    await page.getByLabel('A name for this line').fill('My cell');
    await page.getByLabel('Mine alone').check();
    await page.getByRole('button', { name: 'Add this line' }).click();
    await expect(page.getByLabel('Phone line')).toHaveValue(/.+/);
    await page.getByRole('button', { name: 'Save answers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gmail' })).toBeVisible();
    await expect(reach).not.toContainText('They may still get in');

    // The device page: add the phone "My cell" is in, whose passcode they know.
    await page.getByRole('link', { name: 'Devices' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Check your phones and computers' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Add a device' }).click();
    await page.getByRole('button', { name: 'Save device' }).click();
    await expect(page.getByRole('alert')).toHaveText('Type a name for this device.');
    await page.getByLabel('Your name for it').fill('My iPhone');
    await page.getByLabel('What kind of device is it?').selectOption({ label: 'iPhone or iPad' });
    await page
      .getByRole('group', { name: 'Does the other person know its passcode?' })
      .getByLabel('Yes', { exact: true })
      .check();
    await page.getByLabel('Which phone number is in it?').selectOption({ label: 'My cell' });
    await page.getByLabel('Gmail').check();
    await page.getByRole('button', { name: 'Save device' }).click();

    const phone = page.getByRole('listitem', { name: 'My iPhone' });
    await expect(phone).toContainText('They may know this device.');
    await expect(phone).toContainText('Expire Previous Passcode Now');
    await expectNoViolations(page, 'device records');

    // It is kept with the plan.
    await page.reload();
    await waitReady(page);
    await expect(page.getByRole('listitem', { name: 'My iPhone' })).toBeVisible();

    // Back on Gmail, every way in through the phone is named.
    await page.getByRole('link', { name: 'My plan' }).first().click();
    await dash.openAccount('Gmail');
    await expect(reach).toContainText(
      'they may know the passcode of your device “My iPhone”, then “My iPhone” gets the texts and calls of the line “My cell”, then “My cell” gets the codes and resets for Gmail',
    );
    await expect(reach).toContainText(
      'they may know the passcode of your device “My iPhone”, then Gmail is signed in on “My iPhone”',
    );
  } finally {
    await ext.close();
  }
});
