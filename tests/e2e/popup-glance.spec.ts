import { expect, test } from '@playwright/test';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension, type Extension } from './support/extension';

// The toolbar popup with the next step off reads a few settings and no plan store
// (lib/pages/popup.tsx); turned on, it loads the plan and shows the next step.
let ext: Extension;
test.beforeEach(async () => {
  ext = await launchExtension();
  await closeStartupTabs(ext);
});
test.afterEach(async () => {
  await ext.close();
});

const CANARY = 'Canary Mail 4e2';

async function planWithCanary(): Promise<DashboardPage> {
  const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await dash.pastWelcome();
  await dash.addAccount(CANARY, 'Main email', 'mail.example');
  return dash;
}

test('the short popup: no plan, the site check and "Open"; its Quick exit closes every tab', async () => {
  const dash = await planWithCanary();
  const popup = await ext.open('popup.html');
  await expect(popup.getByRole('heading', { name: 'Lockstep', level: 1 })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Open Lockstep' })).toBeVisible();
  await expect(popup.getByText(/Not a website Lockstep can look up/)).toBeVisible();
  await expect(popup.getByText(CANARY)).toHaveCount(0);
  await expect(popup.getByText('Your next step')).toHaveCount(0);

  const closed = Promise.all([dash.page, popup].map((p) => p.waitForEvent('close')));
  await popup.getByRole('button', { name: 'Quick exit' }).click();
  await closed;
  const ours = ext.context.pages().filter((p) => p.url().startsWith('chrome-extension://'));
  expect(ours).toEqual([]);
});

test('with the next step shown, the popup names the step and the account', async () => {
  const dash = await planWithCanary();
  await dash.showPlanInPopup();
  const popup = await ext.open('popup.html');
  await expect(popup.getByRole('heading', { name: 'Your next step' })).toBeVisible();
  await expect(popup.getByText(new RegExp(CANARY))).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Open Lockstep' })).toBeVisible();

  // Opened again, its code loads beside the settings read (lib/pages/popup-plan-hint.ts).
  await popup.close();
  const again = await ext.open('popup.html');
  await expect(again.getByRole('heading', { name: 'Your next step' })).toBeVisible();
  await expect(again.getByText(new RegExp(CANARY))).toBeVisible();
  // Turned off, the settings decide, not that head start: the short popup, nothing of the plan.
  await again.close();
  await dash.page.getByLabel('Show my next step in the toolbar popup').uncheck();
  const short = await ext.open('popup.html');
  await expect(short.getByText(/Not a website Lockstep can look up/)).toBeVisible();
  await expect(short.getByText('Your next step')).toHaveCount(0);
  await expect(short.getByText(CANARY)).toHaveCount(0);
});
