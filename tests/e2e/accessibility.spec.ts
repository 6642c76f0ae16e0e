import { expect, test } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { DashboardPage } from './support/dashboard-page';
import {
  closeStartupTabs,
  launchExtension,
  tabTo,
  waitReady,
  type Extension,
} from './support/extension';

let ext: Extension;
test.beforeAll(async () => {
  ext = await launchExtension();
  await closeStartupTabs(ext);
});
test.afterAll(() => ext.close());

test('keyboard only: add an account and complete a step', async () => {
  const page = await ext.open('dashboard.html');
  await waitReady(page);
  await tabTo(page, 'Skip this introduction');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Add your first account');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Account name');
  await page.keyboard.type('Outlook');
  await tabTo(page, 'What kind of account is it?');
  await page.keyboard.press('ArrowDown'); // nothing opens: a focused select changes value
  await tabTo(page, 'Add to my plan');
  await page.keyboard.press('Enter');
  const dash = new DashboardPage(page);
  await expect(dash.accountNames()).toHaveText(['Outlook']);
  await tabTo(page, 'Outlook');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Outlook' })).toBeVisible();
  await tabTo(page, 'Mark done');
  await page.keyboard.press('Space');
  await expect(dash.step(1)).toContainText('Done on');
  await expect(page.getByText(/^1 of \d+ steps finished/)).toBeVisible();
});

test('no axe violations on the dashboard’s pages and the popup', async () => {
  // An axe scan of each of about fifteen pages: 55 s alone on a loaded 2-core machine, so the
  // 90 s default left too little room when the other worker runs beside it.
  test.setTimeout(240_000);
  const dash = await new DashboardPage(await ext.open('dashboard.html#/welcome')).ready();
  await expectNoViolations(dash.page, 'welcome');
  await dash.page.goto(ext.url('dashboard.html#/plan'));
  await dash.ready();
  await dash.pastWelcome();
  await dash.addAccount('Gmail', 'Main email');
  await expectNoViolations(dash.page, 'plan');
  await dash.page
    .getByRole('button', { name: /^Remove: / })
    .first()
    .click();
  await expectNoViolations(dash.page, 'plan with confirmation');
  await dash.page.getByRole('button', { name: 'Keep it' }).click();
  await dash.openAccount('Gmail');
  await dash.page.getByRole('button', { name: 'Mark done' }).first().click();
  await expect(dash.page.getByRole('button', { name: /^Undo/ }).first()).toBeVisible();
  await expectNoViolations(dash.page, 'account');
  await dash.page.getByRole('link', { name: 'Look first' }).click();
  await dash.page.getByRole('button', { name: 'Add a phone line' }).click();
  await dash.page.getByLabel('Leave it as it is.').check();
  await expectNoViolations(dash.page, 'look first');
  for (const hash of [
    '#/add',
    '#/password',
    '#/device',
    '#/map',
    '#/browser-check',
    '#/data',
    '#/help',
    '#/about',
  ]) {
    await dash.page.goto(ext.url(`dashboard.html${hash}`));
    await dash.ready();
    // Each page's code loads when first opened: scan it once its heading is there.
    await expect(dash.page.locator('main h1').first()).toBeVisible();
    await expectNoViolations(dash.page, hash);
  }
  const popup = await ext.open('popup.html');
  await waitReady(popup);
  await expectNoViolations(popup, 'popup');
});
