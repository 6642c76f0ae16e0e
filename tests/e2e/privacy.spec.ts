import { expect, test, type Page } from '@playwright/test';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension, waitReady, type Extension } from './support/extension';

let ext: Extension;
const requests: string[] = [];
const errors: string[] = [];

function watch(page: Page) {
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
}

test.beforeAll(async () => {
  ext = await launchExtension();
  ext.context.on('request', (request) => requests.push(request.url()));
  ext.context.on('page', watch);
  ext.context.pages().forEach(watch);
  ext.worker.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`service worker: ${msg.text()}`);
  });
});
test.afterAll(() => ext.close());

test('every page works without a single request leaving the extension or a console error', async () => {
  // The dashboard that opened itself on install counts too.
  await expect
    .poll(() => ext.context.pages().some((p) => p.url().includes('dashboard.html')))
    .toBe(true);
  await closeStartupTabs(ext);

  const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await dash.pastWelcome();
  await dash.addAccount('Gmail', 'Main email', 'gmail.com');
  await dash.addAccount('My bank', 'Banking and payments');
  await dash.openAccount('Gmail');
  await dash.step(1).getByRole('button', { name: 'Mark done' }).click();
  await dash.showPlanInPopup();
  for (const hash of [
    '#/add',
    '#/data',
    '#/help',
    '#/about',
    '#/welcome',
    '#/plan',
    '#/account/missing',
    '#/browser-check',
    '#/device',
  ]) {
    await dash.page.goto(ext.url(`dashboard.html${hash}`));
    await waitReady(dash.page);
  }
  // The app lookup answers from the bundled lists: vendor addresses are shown, never visited.
  await dash.page.getByLabel('App names or package names, one per line').fill('com.mspy.lite');
  await dash.page.getByRole('button', { name: 'Look up' }).click();
  await expect(dash.page.getByText('On a list as stalkerware or spyware.')).toBeVisible();
  const popup = await ext.open('popup.html');
  await waitReady(popup);
  await expect(popup.getByText('For: Gmail')).toBeVisible();

  const outside = requests.filter((url) => !url.startsWith(`chrome-extension://${ext.id}/`));
  expect(outside).toEqual([]);
  expect(requests.length).toBeGreaterThan(0); // the recorder really recorded
  expect(errors).toEqual([]);
});
