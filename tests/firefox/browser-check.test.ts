import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIREFOX_TEST_BUILD, launchFirefox, until, type Firefox } from './support/firefox';
import { Dashboard } from './support/lockstep-page';
import { ofType, reloadPage, screenshotPath, storedRecords } from './support/stored';

// "This browser" in Firefox's test-only build, where `management` and `history` are granted at
// install (no prompt can be clicked; tests/e2e/manifest.spec.ts checks the shipped manifest keeps
// them optional). Beside Lockstep, a temporary add-on with access to every site.
const FIXTURE = resolve('tests/fixtures/extensions/page-helper-firefox');

interface FirefoxApi {
  browser: { history: { addUrl(details: { url: string }): Promise<void> } };
}

let ff: Firefox;
beforeAll(async () => {
  ff = await launchFirefox({ build: FIREFOX_TEST_BUILD, others: [FIXTURE] });
  await ff.closeInstallTab();
});
afterAll(() => ff.close());

const texts = (dash: Dashboard, selector: string) =>
  dash.page.evaluate(
    (s) => [...document.querySelectorAll(s)].map((el) => (el as HTMLElement).innerText),
    selector,
  );

test('this browser: the other add-on is flagged, a stalkerware site in history is found, both kept', async () => {
  const dash = new Dashboard(await ff.open('dashboard.html'));
  await dash.pastWelcome();
  await dash.click('link', 'Devices');
  await dash.waitForHeading('Check your phones and computers');
  // Seed this profile's history, as if someone had visited a stalkerware seller from it.
  await dash.page.evaluate(async () => {
    const { history } = (globalThis as unknown as FirefoxApi).browser;
    await history.addUrl({ url: 'https://www.copy9.com/pricing' });
    await history.addUrl({ url: 'https://www.example.org/news' });
  });
  await dash.click('link', 'Check this browser too: its extensions and its history');
  await dash.waitForHeading('Check this browser');
  await dash.waitForText('If nothing is found, that proves nothing.');

  await dash.click('button', 'Look at the other extensions');
  await dash.waitForText('1 other extension.');
  const [helper] = await texts(dash, '.extension-item');
  expect(helper).toContain('Page Helper (Lockstep test fixture)');
  expect(helper).toContain('It can read and change every site you visit.');
  expect(helper).toContain('the cookies that keep you signed in to sites');
  expect(helper).toContain('the pages you load, as they load');
  expect(helper).toContain('It was loaded by hand, as a developer build.');
  await dash.click('button', 'Keep as a finding: Page Helper (Lockstep test fixture)');
  await dash.waitForText('Kept on your plan.');

  await dash.click('button', 'Search this browser’s history');
  await dash.waitForText('1 site on the lists was visited from this browser');
  const hits = await texts(dash, '.history-hit');
  expect(hits).toHaveLength(1);
  expect(hits[0]).toContain('www.copy9.com');
  expect(hits[0]).toContain('A site of TheTruthSpy, which is sold as stalkerware.');
  expect(await dash.page.evaluate(() => document.querySelectorAll('.history-hit a').length)).toBe(
    0,
  );
  await dash.click('button', 'Keep as a finding: www.copy9.com');
  await dash.page.screenshot({ path: screenshotPath('browser-check'), fullPage: true });

  // Kept with the plan, over a reload: both findings, and nothing else of the reviews.
  await reloadPage(dash.page);
  await until(
    async () => (await texts(dash, '.findings > li')).length === 2,
    'both findings after the reload',
  );
  const findings = ofType(await storedRecords(dash.page), 'finding').map((r) => r.value);
  expect(findings.map((f) => [f.source, f.subject]).sort()).toEqual([
    ['browser-extension', 'Page Helper (Lockstep test fixture)'],
    ['browser-history', 'www.copy9.com'],
  ]);
  expect(ff.requests()).toEqual([]);
  expect(ff.consoleErrors()).toEqual([]);
});
