import { expect, test } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension, waitReady } from './support/extension';

test('look first: the other person shares the recovery phone, the path shows, the plan reorders, "later" is never next', async () => {
  const ext = await launchExtension();
  try {
    await closeStartupTabs(ext);
    const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
    await dash.pastWelcome();
    await dash.addAccount('Gmail', 'Main email', 'gmail.com');
    await dash.addAccount('Verizon', 'Phone plan (carrier)');
    await dash.addAccount('My bank', 'Banking and payments');
    await expect(dash.accountNames()).toHaveText(['Gmail', 'Verizon', 'My bank']);

    // Gmail: not looked at yet, so nothing is claimed about it.
    await dash.openAccount('Gmail');
    const reach = dash.page.locator('.reach');
    await expect(reach).toContainText('Before you change anything, look first.');
    await reach.getByRole('link', { name: 'Look first' }).click();
    const page = dash.page;
    await expect(page.getByRole('heading', { level: 1, name: 'Look first: Gmail' })).toBeVisible();
    // The lock is offered again before the first answer: these answers are the most private.
    await expect(page.locator('.lock-offer')).toContainText('most private thing');
    await page.locator('.lock-offer').getByRole('button', { name: 'Not now' }).click();

    await page
      .getByRole('group', { name: /know this password/ })
      .getByLabel('No', { exact: true })
      .check();
    await page.getByRole('button', { name: 'Add a phone line' }).click();
    await page.getByLabel('A name for this line').fill('My cell');
    await page.getByLabel('Shared, or a family plan').check();
    await page
      .getByLabel('Which phone company account in your plan runs it?')
      .selectOption({ label: 'Verizon' });
    await page.getByRole('button', { name: 'Add this line' }).click();
    await expect(page.getByLabel('Phone line')).toHaveValue(/.+/);
    await page.getByLabel('Change it now.').check();
    await page.getByRole('button', { name: 'Save answers' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Gmail' })).toBeVisible();
    await expect(reach).toContainText(
      'They may still get in: your line “My cell” is on their phone plan or a shared one, then “My cell” gets the codes and resets for Gmail.',
    );

    // Locked out: the notice comes before the steps, and the provider's own guide is offered.
    await reach.getByRole('link', { name: 'I can’t get in, or they took it over' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Locked out of Gmail' }),
    ).toBeVisible();
    await expect(page.locator('.locked-out .warning')).toContainText(
      'The other person may notice this.',
    );
    await expect(
      page.getByRole('link', { name: 'Open Gmail’s guide to getting an account back' }),
    ).toHaveAttribute('href', /^https:\/\/support\.google\.com\//);
    await expectNoViolations(page, 'locked out');
    await page.getByRole('link', { name: 'Back to Gmail' }).click();

    // The order follows what can reset what: Verizon runs the line that resets Gmail.
    await page.getByRole('link', { name: 'Back to your plan' }).first().click();
    await page.getByRole('button', { name: 'Use the recommended order' }).click();
    await expect(dash.accountNames()).toHaveText(['Verizon', 'Gmail', 'My bank']);

    // Verizon: decided "later", with a note. It keeps its place but is never the next step.
    await dash.openAccount('Verizon');
    await reach.getByRole('link', { name: 'Look first' }).click();
    await page.getByLabel('Later.').check();
    await page.getByLabel(/A note for later/).fill('after the court date');
    await page.getByRole('button', { name: 'Save answers' }).click();
    await expect(reach).toContainText('Later · after the court date');

    await page.reload();
    await waitReady(page);
    await expect(reach).toContainText('Later · after the court date');
    await page.getByRole('link', { name: 'Back to your plan' }).first().click();
    await expect(dash.accountNames()).toHaveText(['Verizon', 'Gmail', 'My bank']);
    await expect(page.locator('.next-step')).toContainText('For: Gmail');

    // With the lock off, the popup says nothing of the plan until the person asks for it.
    const quiet = await ext.open('popup.html');
    await waitReady(quiet);
    await expect(quiet.getByRole('button', { name: 'Open Lockstep' })).toBeVisible();
    await expect(quiet.getByText('Gmail')).toHaveCount(0);
    await expect(quiet.getByText(/steps finished/)).toHaveCount(0);
    await quiet.close();
    await dash.showPlanInPopup();
    const popup = await ext.open('popup.html');
    await waitReady(popup);
    await expect(popup.getByText('For: Gmail')).toBeVisible();
  } finally {
    await ext.close();
  }
});
