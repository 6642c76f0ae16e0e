import { expect, test, type Page } from '@playwright/test';
import { DashboardPage } from './support/dashboard-page';
import {
  closeStartupTabs,
  launchExtension,
  TEST_BUILD_DIR,
  type Extension,
} from './support/extension';

// With history clean-up on, Lockstep's pages leave no row in history once closed, so they never
// become a new-tab tile or an address-bar suggestion. The test build holds `history` already.

type Visit = { url?: string };
interface HistoryApi {
  chrome: { history: { search(query: object): Promise<Visit[]> } };
}

let ext: Extension;
test.beforeEach(async () => {
  ext = await launchExtension(undefined, TEST_BUILD_DIR);
  await closeStartupTabs(ext);
});
test.afterEach(() => ext.close().catch(() => undefined));

/** Lockstep's rows in this browser's history, as the browser's own history list has them. */
const lockstepRows = () =>
  ext.worker.evaluate(async (origin) => {
    const { history } = (globalThis as unknown as HistoryApi).chrome;
    const visits = await history.search({ text: '', startTime: 0, maxResults: 1000 });
    return visits.map((v) => v.url ?? '').filter((url) => url.startsWith(origin));
  }, `chrome-extension://${ext.id}/`);

/** Opens a page in a new tab and walks to two others through the nav, as a person does. */
async function visitAndClose(path: string): Promise<void> {
  const page: Page = await ext.open(path);
  const dash = await new DashboardPage(page).ready();
  await page.getByRole('link', { name: 'Passwords' }).click();
  await dash.ready();
  await page.getByRole('link', { name: 'Help' }).first().click();
  await dash.ready();
  await page.close();
}

test('with clean-up on, closing Lockstep’s pages leaves no row in history', async () => {
  const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await dash.pastWelcome();

  // Positive control: with clean-up off, the browser keeps the pages in its history.
  await visitAndClose('dashboard.html#/plan');
  await expect.poll(lockstepRows).not.toEqual([]);

  await dash.page.getByRole('link', { name: 'Safety & data' }).click();
  await dash.page.getByLabel('Also remove Lockstep’s pages from the browser’s history').check();
  await expect(dash.page.getByText('may show a tile for Lockstep')).toHaveCount(0);
  await dash.page.close(); // its rows, and the ones before, go when it closes
  await expect.poll(lockstepRows).toEqual([]);

  await visitAndClose('dashboard.html#/plan');
  await visitAndClose('dashboard.html#/data');
  await expect.poll(lockstepRows).toEqual([]);
});

test('with clean-up off, the page says a tile may show and what the browser keeps anyway', async () => {
  const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await dash.pastWelcome();
  await dash.page.getByRole('link', { name: 'Safety & data' }).click();
  const tile = dash.page.getByText('may show a tile for Lockstep');
  await expect(tile).toContainText('open its menu, and choose Remove');
  await expect(dash.page.getByText('your open Lockstep tabs may show')).toContainText(
    'My Activity',
  );
  await dash.page.getByLabel('Also remove Lockstep’s pages from the browser’s history').check();
  await expect(tile).toHaveCount(0);
  await expect(dash.page.getByText('when you leave or close them')).toBeVisible();
});
