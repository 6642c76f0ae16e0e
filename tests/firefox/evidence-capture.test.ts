import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { FIREFOX_TEST_BUILD, href, launchFirefox, ORIGIN, until } from './support/firefox';
import { Dashboard, LockstepPage } from './support/lockstep-page';

// Issue 34 in Firefox: "Keep a copy of this page" from the popup page (run in a second window
// of the test build, which holds `<all_urls>`: no test can click the toolbar button) copies the
// first window's tab into the record, with its address, title and SHA-256.

const TITLE = 'Canary page 5b0d';
const PAGE = `data:text/html,<title>${TITLE}</title><body style="background:rgb(18,170,60)">A message`;

type WindowsApi = { browser: { windows: { create(o: object): Promise<unknown> } } };

test('a copy of the page in front of the person goes in the record', async () => {
  const ff = await launchFirefox({ build: FIREFOX_TEST_BUILD });
  try {
    await ff.closeInstallTab();
    const dash = new Dashboard(await ff.open('dashboard.html'));
    await dash.pastWelcome();

    const site = await ff.browser.newPage();
    await ff.navigate(site, PAGE, { ready: false });
    await site.bringToFront();
    const before = new Set(await ff.browser.pages());
    await dash.page.evaluate(async (address: string) => {
      await (globalThis as unknown as WindowsApi).browser.windows.create({ url: address });
    }, ff.url('popup.html'));
    let opened: Page | undefined;
    await until(async () => {
      opened = (await ff.browser.pages()).find((p) => !before.has(p));
      return opened !== undefined && (await href(opened)).startsWith(ORIGIN);
    }, 'the popup page in its own window');
    const popup = new LockstepPage(opened as Page);
    await popup.ready();
    await popup.click('button', 'Keep a copy of this page');
    await popup.waitForText('Never keep or copy images of anyone under 18');
    await popup.fill('Your own words (you can leave this empty)', 'Canarywords-ff sent at 9pm');
    await popup.click('button', 'Keep the copy');
    await popup.waitForText('Kept in your record, with the page’s address, title and time.');

    await ff.navigate(dash.page, ff.url('dashboard.html#/evidence'));
    await dash.front();
    await dash.waitForText('Canarywords-ff sent at 9pm');
    await dash.waitForText(`Page title: ${TITLE}`);
    await dash.waitForText(/Web address: data:text\/html,/);
    await dash.waitForText(/SHA-256: [0-9a-f]{64}/);
    expect(ff.consoleErrors()).toEqual([]);
  } finally {
    await ff.close();
  }
});
