import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { expectNoViolations } from './support/axe';
import { DashboardPage } from './support/dashboard-page';
import {
  closeStartupTabs,
  launchExtension,
  TEST_BUILD_DIR,
  type Extension,
} from './support/extension';

// A headless browser cannot click a permission prompt: the test-only build has `management` and
// `history` at install (tests/e2e/manifest.spec.ts checks the shipped manifests keep them optional).
// Beside it, a fixture extension with access to every site, `debugger` and `cookies`.
const FIXTURE = resolve('tests/fixtures/extensions/page-helper');

interface ChromeApi {
  chrome: { history: { addUrl(details: { url: string }): Promise<void> } };
}

let ext: Extension;
const requests: string[] = [];
test.beforeAll(async () => {
  ext = await launchExtension(undefined, TEST_BUILD_DIR, [FIXTURE]);
  await closeStartupTabs(ext);
  ext.context.on('request', (request) => requests.push(request.url()));
  // Seed this profile's history, as if someone had visited a stalkerware seller from it.
  await ext.worker.evaluate(async () => {
    const { history } = (globalThis as unknown as ChromeApi).chrome;
    await history.addUrl({ url: 'https://www.copy9.com/pricing' });
    await history.addUrl({ url: 'https://www.example.org/news' });
  });
});
test.afterAll(() => ext.close());

test('this browser: a watching extension is flagged and a stalkerware site is found in history, kept as findings', async () => {
  const dash = await new DashboardPage(await ext.open('dashboard.html#/device')).ready();
  await dash.pastWelcome();
  const page = dash.page;
  await page
    .getByRole('link', { name: 'Check this browser too: its extensions and its history' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check this browser' })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('Do not remove anything yet.');
  await expect(page.getByText('If nothing is found, that proves nothing.')).toBeVisible();
  await expect(
    page.getByText('Chrome keeps about 90 days of history.', { exact: false }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Look at the other extensions' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 other extension.' })).toBeFocused();
  const helper = page.locator('.extension-item').filter({ hasText: 'Page Helper' });
  await expect(helper).toContainText('It can read and change every site you visit.');
  await expect(helper).toContainText('full control of pages (the debugging tools)');
  await expect(helper).toContainText('the cookies that keep you signed in to sites');
  await expect(helper).toContainText('It was loaded by hand, as a developer build.');
  await expect(page.locator('.extension-item')).toHaveCount(1); // never Lockstep itself
  await helper
    .getByRole('button', { name: 'Keep as a finding: Page Helper (Lockstep test fixture)' })
    .click();
  await expect(helper.getByRole('status')).toHaveText('Kept on your plan.');
  // Removal asks for care first, and can be left.
  await helper.getByRole('button', { name: 'Remove Page Helper (Lockstep test fixture)' }).click();
  await expect(helper).toContainText('Before you remove it, take a photo of this screen.');
  await helper.getByRole('button', { name: 'Not now' }).click();

  await page.getByRole('button', { name: 'Search this browser’s history' }).click();
  const summary = page.getByRole('status').filter({ hasText: 'on the lists was visited' });
  await expect(summary).toContainText('1 site on the lists was visited from this browser');
  const hit = page.locator('.history-hit');
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText('www.copy9.com');
  await expect(hit).toContainText('A site of TheTruthSpy, which is sold as stalkerware.');
  await expect(hit).toContainText('Visits: 1.');
  await expect(hit.getByRole('link')).toHaveCount(0); // the site is text, never a link
  await expect(
    page.getByText('It can also mean you looked it up yourself, which is fine.'),
  ).toBeVisible();
  await hit.getByRole('button', { name: 'Keep as a finding: www.copy9.com' }).click();
  await page.screenshot({ path: 'test-results/browser-check.png', fullPage: true });
  await expectNoViolations(page, 'this browser, with results');

  const done = page.getByRole('button', { name: 'Done: give back the permission' });
  await expect(done).toHaveCount(2);
  await done.first().click();
  await done.first().click();
  await expect(done).toHaveCount(0);
  await expect(page.locator('.history-hit')).toHaveCount(0);
  await expect(page.locator('.extension-item')).toHaveCount(0);

  // Kept with the plan: after a reload, both findings are there; nothing else was kept.
  await page.reload();
  await dash.ready();
  const findings = page.locator('.findings > li');
  await expect(findings).toHaveCount(2);
  await expect(findings.filter({ hasText: 'Page Helper' })).toContainText(
    'An extension in this browser',
  );
  await expect(findings.filter({ hasText: 'www.copy9.com' })).toContainText(
    'Visited from this browser, last on',
  );
  await expect(findings.filter({ hasText: 'www.copy9.com' })).toContainText(
    'On the lists for: TheTruthSpy',
  );

  const outside = requests.filter((url) => !url.startsWith(`chrome-extension://${ext.id}/`));
  expect(outside).toEqual([]);
});
