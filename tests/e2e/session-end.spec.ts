import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension, type Extension } from './support/extension';

/**
 * The end of an advocate session (issue 26, bug 4): the work done in a session started from a
 * copy of the saved plan is kept in it, after a preview, or discarded, and the page says which.
 */

let source: Extension;
test.beforeEach(async () => {
  source = await launchExtension();
  await closeStartupTabs(source);
});
test.afterEach(async () => source.close());

const PASS = 'orbit violet tundra 42';

/**
 * A saved plan with Gmail (locked with PASS if asked); a session from a copy of it; a step
 * marked done, an account added.
 */
async function workInASession(lock = false): Promise<DashboardPage> {
  const dash = await new DashboardPage(await source.open('dashboard.html')).ready();
  await dash.pastWelcome();
  await dash.addAccount('Gmail', 'Main email', 'gmail.com');
  if (lock) {
    await dash.page.getByRole('link', { name: 'Safety & data' }).click();
    await dash.page.getByRole('button', { name: 'Set a passphrase' }).click();
    await dash.page.getByLabel('New passphrase').fill(PASS);
    await dash.page.getByLabel('Type it again').fill(PASS);
    await dash.page.getByRole('button', { name: 'Turn on the lock' }).click();
    await expect(dash.page.getByRole('status')).toContainText('The lock is on');
    await dash.page.goto(source.url('dashboard.html#/plan'));
  }
  await dash.page.getByRole('link', { name: 'Start a session with an advocate' }).click();
  await dash.page.getByRole('button', { name: 'Start with a copy of my saved plan' }).click();
  await expect(dash.page.locator('.session-banner')).toBeVisible();

  await dash.page.goto(source.url('dashboard.html#/plan'));
  await dash.ready();
  await dash.addAccount('Verizon', 'Phone plan (carrier)');
  await dash.openAccount('Gmail');
  await dash.step(1).getByRole('button', { name: 'Mark done' }).click();
  await expect(dash.step(1)).toContainText('Done');

  await dash.page.goto(source.url('dashboard.html#/session'));
  await dash.page.getByRole('button', { name: 'End the session' }).click();
  return dash;
}

/** Gmail's first step, as the saved plan's account page shows it. */
async function gmailFirstStep(page: Page, dash: DashboardPage) {
  await page.getByRole('link', { name: 'Open my plan' }).click();
  await expect(page.locator('.session-banner')).toHaveCount(0);
  await dash.openAccount('Gmail');
  return dash.step(1);
}

test('keep: the preview says what changes, and the saved plan then has both', async () => {
  const dash = await workInASession();
  const { page } = dash;
  await page.getByRole('button', { name: 'See what keeping changes' }).click();
  const preview = page.getByRole('region', { name: 'What this will change in your plan' });
  await expect(preview.getByRole('listitem')).toHaveText([
    'A new account: Verizon (Phone plan (carrier)).',
    /^Gmail: “.+” is marked Done\.$/,
  ]);
  await expectNoViolations(page, 'session end preview');
  await page.getByRole('button', { name: 'Keep these changes and end the session' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'has ended' })).toHaveText(
    /Its changes are now in your saved plan\./,
  );
  await expect(page.locator('.session-banner')).toHaveCount(0);
  await page.getByRole('link', { name: 'Open my plan' }).click();
  await expect(dash.accountNames()).toHaveText(['Gmail', 'Verizon']);
  await dash.openAccount('Gmail');
  await expect(dash.step(1)).toContainText('Done');
});

test('discard: the saved plan has neither, and the page says so', async () => {
  const dash = await workInASession();
  const { page } = dash;
  await page.getByRole('button', { name: 'Discard the changes' }).click();
  await expect(page.getByText(/Your saved plan stays as it was\./)).toBeVisible();
  await page.getByRole('button', { name: 'Yes, discard them and end the session' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'has ended' })).toHaveText(
    /Its changes were discarded: your saved plan is as it was before\./,
  );
  const step = await gmailFirstStep(page, dash);
  await expect(step).not.toContainText('Done');
  await page.goto(source.url('dashboard.html#/plan'));
  await expect(dash.accountNames()).toHaveText(['Gmail']);
});

test('keep into a locked saved plan: its passphrase is asked first, and the plan stays locked', async () => {
  const dash = await workInASession(true);
  const { page } = dash;
  await page.getByRole('button', { name: 'See what keeping changes' }).click();
  const field = page.getByLabel(/^Your saved plan is locked\. Enter its passphrase/);
  await field.fill('orbit violet tundra 41');
  await page.getByRole('button', { name: 'Open my saved plan' }).click();
  await expect(page.getByRole('alert')).toContainText('does not open your saved plan');
  await field.fill(PASS);
  await page.getByRole('button', { name: 'Open my saved plan' }).click();
  const preview = page.getByRole('region', { name: 'What this will change in your plan' });
  await expect(preview.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Keep these changes and end the session' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'has ended' })).toHaveText(
    /Its changes are now in your saved plan\./,
  );

  await page.getByRole('link', { name: 'Open my plan' }).click();
  await page.getByLabel('Passphrase').fill(PASS);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('link', { name: 'My plan' }).click();
  await expect(dash.accountNames()).toHaveText(['Gmail', 'Verizon']);
});
