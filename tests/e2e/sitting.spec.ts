import { expect, test } from '@playwright/test';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension, newProfile } from './support/extension';

/** Issue 31: one sitting that a reload does not break, the carrier branch, "Go to this step". */

let ext: Awaited<ReturnType<typeof launchExtension>>;
test.beforeEach(async () => {
  ext = await launchExtension(newProfile());
  await closeStartupTabs(ext);
});
test.afterEach(async () => ext.close());

async function freshDashboard() {
  const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await dash.pastWelcome();
  return dash;
}

test('a sitting started, stopped midway and reloaded comes back at its place', async () => {
  const dash = await freshDashboard();
  await dash.addAccount('Gmail', 'Main email', 'gmail.com');
  await dash.openAccount('Gmail');
  for (const n of [1, 2]) await dash.step(n).getByRole('button', { name: 'Mark done' }).click();
  // Step 3 opens the sitting: the ready screen first, and no buttons until the person is ready.
  await expect(dash.step(3)).toContainText('Signing in may itself alert them');
  await expect(dash.step(3).getByRole('button', { name: 'Mark done' })).toHaveCount(0);
  await dash.step(3).getByRole('button', { name: 'I’m ready' }).click();

  // "I'm ready" alone is kept: a reload before any mark does not ask again.
  await dash.page.reload();
  await expect(dash.step(3).getByRole('button', { name: 'Mark done' })).toBeVisible();
  await expect(dash.step(3)).not.toContainText('Signing in may itself alert them');

  for (const n of [3, 4]) await dash.step(n).getByRole('button', { name: 'Mark done' }).click();
  await dash.step(5).getByRole('button', { name: 'Stop here' }).click();
  await expect(dash.step(5).getByRole('status')).toContainText('Step 5');

  await dash.page.reload();
  await expect(dash.step(4)).toContainText('Done on');
  await expect(dash.step(5).getByRole('button', { name: 'Mark done' })).toBeVisible();
  await expect(dash.step(5).getByRole('button', { name: 'Skip for now' })).toHaveCount(0);
  // The page opens at the next step, not the top.
  await expect(dash.step(5)).toBeInViewport();
  await expect(dash.step(3)).not.toContainText('Signing in may itself alert them');
});

test('a carrier account on the other person’s plan shows no step that changes their account', async () => {
  const dash = await freshDashboard();
  await dash.addAccount('Verizon', 'Phone plan (carrier)', 'verizon.com');
  await dash.openAccount('Verizon');
  // Not known yet: it asks first, and shows nothing that changes the account meanwhile.
  await expect(dash.page.getByRole('group', { name: 'Whose phone plan is this?' })).toBeVisible();
  await expect(dash.page.locator('.steps')).toContainText('Find out whose plan this is');
  await expect(dash.page.locator('.steps')).not.toContainText('Set a new password');

  await dash.page.getByRole('radio', { name: 'The other person runs it.' }).check();
  const steps = dash.page.locator('.steps');
  await expect(steps).toContainText('Move your line to a plan of your own');
  // A later step is one row: the person opens it to read what the request needs.
  const split = steps.getByRole('listitem').filter({ hasText: 'Move your line' });
  await split.getByRole('button', { name: 'Open this step' }).click();
  await expect(steps).toContainText('a police report or a signed statement');
  await expect(steps).toContainText('Or get a new prepaid line of your own');
  for (const changes of [
    'Set a new password',
    'Set an account PIN or passcode',
    'Turn on the carrier’s number lock',
    'Review who else can manage the account',
    'Check call and message forwarding',
    'Turn on the strongest second step',
  ])
    await expect(steps).not.toContainText(changes);

  // The answer is kept with the plan.
  await dash.page.reload();
  await expect(dash.page.getByRole('radio', { name: 'The other person runs it.' })).toBeChecked();
  await expect(steps).not.toContainText('Set an account PIN or passcode');

  // On their own plan, the lock steps are back.
  await dash.page.getByRole('radio', { name: 'Mine. I run the account.' }).check();
  await expect(steps).toContainText('Set an account PIN or passcode');
  await expect(steps).not.toContainText('Move your line to a plan of your own');
});

test('"Go to this step" shows the next step in view', async () => {
  const dash = await freshDashboard();
  await dash.addAccount('Gmail', 'Main email', 'gmail.com');
  await dash.openAccount('Gmail');
  for (const n of [1, 2]) await dash.step(n).getByRole('button', { name: 'Mark done' }).click();
  await dash.step(3).getByRole('button', { name: 'I’m ready' }).click();
  for (const n of [3, 4, 5, 6])
    await dash.step(n).getByRole('button', { name: 'Mark done' }).click();
  await dash.page.getByRole('link', { name: 'Back to your plan' }).click();

  await dash.page.getByRole('link', { name: 'Go to this step' }).click();
  await expect(dash.page.getByRole('heading', { level: 1, name: 'Gmail' })).toBeVisible();
  await expect(dash.step(7)).toBeInViewport();
  await expect(dash.step(7).getByRole('button', { name: 'Mark done' })).toBeVisible();
});
