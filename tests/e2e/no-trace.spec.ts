import { expect, test, type Page } from '@playwright/test';
import { DashboardPage } from './support/dashboard-page';
import {
  closeStartupTabs,
  launchExtension,
  TEST_BUILD_DIR,
  type Extension,
} from './support/extension';
import { searchProfile } from './support/profile-search';

// Tried as someone holding this browser profile's files would: close the browser, then search
// every file of the profile for canary strings. One browser per test; each ends closed.
// Later capabilities add their own canaries here.

const PASSWORD = 'CanaryPw-51e7-Zq9';
const KNOWN_WORD = 'Canaryknown-8c2a';
const PASSPHRASE = 'canary quartz meadow 9137';
const FILE_PASSPHRASE = 'canary filepass lantern 4460';
const CONTROL = 'Canary Control Bank 3b5'; // saved in clear on purpose: the search must find it
const SEALED_NAME = 'Canary Sealed Mail 6e1';

let ext: Extension;
test.beforeEach(async () => {
  ext = await launchExtension();
  await closeStartupTabs(ext);
});
test.afterEach(() => ext.close().catch(() => undefined));

/** Closes the browser so every file is written, then searches them all. */
async function closeAndSearch(canaries: readonly string[]) {
  await ext.close();
  return searchProfile(ext.profile, canaries);
}

const settle = (page: Page) => page.waitForTimeout(3_000); // the browser saves session state in batches

test('typed passwords, known words and passphrases never reach the profile’s files', async () => {
  const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await dash.pastWelcome();
  await dash.addAccount(CONTROL, 'Banking and payments');

  await dash.page.getByRole('link', { name: 'Passwords' }).click();
  await dash.page.getByLabel('Password to check').fill(PASSWORD);
  await dash.page.getByRole('button', { name: 'Show' }).click();
  await expect(dash.page.getByLabel('Password to check')).toHaveAttribute('type', 'text');
  await dash.page.getByLabel('Words the other person knows (optional)').fill(KNOWN_WORD);
  await expect(dash.page.locator('#pw-result')).toContainText(/Strength: \d of 4/);
  await settle(dash.page);

  await dash.page.getByRole('link', { name: 'Safety & data' }).click();
  await dash.page.getByRole('button', { name: 'Set a passphrase' }).click();
  await dash.page.getByLabel('New passphrase').fill(PASSPHRASE);
  await dash.page.getByLabel('Type it again').fill(PASSPHRASE);
  await dash.page.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(dash.page.getByRole('status').filter({ hasText: 'The lock is on' })).toBeVisible();
  await dash.page.getByLabel('Passphrase for the file').fill(FILE_PASSPHRASE);
  await settle(dash.page);
  // Closing the tab is what puts a page's fields into "Recently closed".
  await dash.page.close();

  const hits = await closeAndSearch([PASSWORD, KNOWN_WORD, PASSPHRASE, FILE_PASSPHRASE, CONTROL]);
  expect(hits.some((hit) => hit.canary === CONTROL)).toBe(true); // the search really searches
  expect(hits.filter((hit) => hit.canary !== CONTROL)).toEqual([]);
});

test('a plan locked before its first account never writes the account’s name in clear', async () => {
  const page = await ext.open('dashboard.html');
  await expect(
    page.getByRole('heading', { name: 'Lock your plan before you add anything?' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Set a passphrase now' }).click();
  await page.getByLabel('New passphrase').fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(page.getByText('Your plan is locked with your passphrase')).toBeVisible();
  await page.getByRole('button', { name: 'Skip this introduction' }).click();

  const dash = new DashboardPage(page);
  await page.getByRole('link', { name: 'Add an account' }).first().click();
  // No second offer: the lock is already on.
  await expect(page.getByRole('button', { name: 'Not now' })).toHaveCount(0);
  await dash.addAccount(SEALED_NAME, 'Main email', 'canary-mail.example');
  await dash.openAccount(SEALED_NAME);
  await settle(page);

  expect(await closeAndSearch([SEALED_NAME, 'canary-mail.example'])).toEqual([]);
});

type Closed = { tab?: { url?: string; title?: string; sessionId?: string } };
type Visit = { url?: string };
interface ChromeApi {
  chrome: {
    sessions: {
      getRecentlyClosed(filter: object): Promise<Closed[]>;
      restore(id?: string): Promise<unknown>;
    };
    history: { search(query: object): Promise<Visit[]> };
    action: { getTitle(details: object): Promise<string> };
    permissions: { contains(p: object): Promise<boolean> };
  };
}

test.describe('with the optional permissions granted (test-only build)', () => {
  test.beforeEach(async () => {
    await ext.close();
    ext = await launchExtension(undefined, TEST_BUILD_DIR);
    await closeStartupTabs(ext);
  });

  test('quick exit leaves no Lockstep page to go back to or reopen', async () => {
    const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
    await dash.pastWelcome();
    const entries = await dash.page.evaluate(() => history.length);
    await dash.addAccount(CONTROL, 'Banking and payments');
    await dash.openAccount(CONTROL);
    await dash.page.getByRole('link', { name: 'Help' }).first().click();
    await dash.page.getByRole('link', { name: 'My plan' }).click();
    // Moving between pages adds no history entry: Back has no trail of the plan to walk.
    expect(await dash.page.evaluate(() => history.length)).toBe(entries);

    // A copied passphrase is on the clipboard when the person leaves.
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await dash.page.getByRole('link', { name: 'Passwords' }).click();
    await dash.page.getByRole('button', { name: 'Copy passphrase' }).click();
    const copied = await dash.page.getByLabel('Passphrase', { exact: true }).inputValue();
    expect(await dash.page.evaluate(() => navigator.clipboard.readText())).toBe(copied);

    const closed = dash.page.waitForEvent('close');
    await dash.page.getByRole('button', { name: 'Quick exit' }).click();
    await closed;
    const after = await ext.open('dashboard.html#/about'); // left open: "Recently closed" is next
    expect(await after.evaluate(() => navigator.clipboard.readText())).toBe('');
    const [last] = await ext.worker.evaluate(() =>
      (globalThis as unknown as ChromeApi).chrome.sessions.getRecentlyClosed({ maxResults: 1 }),
    );
    expect(last?.tab?.url).toBe('about:blank');
    // Reopen it, as Ctrl+Shift+T would: a blank page, with nothing of the plan behind it. The
    // neutral page quick exit left (the browser's new-tab page) may reach Playwright late, so the
    // reopened tab is the new page that is not a browser page, not merely the next page event.
    const known = new Set(ext.context.pages());
    await ext.worker.evaluate(
      (id) => (globalThis as unknown as ChromeApi).chrome.sessions.restore(id),
      last?.tab?.sessionId,
    );
    let page: Page | undefined;
    for (let tries = 0; tries < 100 && !page; tries++) {
      page = ext.context.pages().find((p) => !known.has(p) && !p.url().startsWith('chrome://'));
      if (!page) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!page) throw new Error('the closed tab did not reopen within 10 s');
    await page.waitForLoadState();
    expect(page.url()).toBe('about:blank');
    await page.goBack().catch(() => undefined);
    expect(page.url()).not.toContain('dashboard.html');
    await expect(page.locator('body')).not.toContainText(CONTROL);
  });

  test('history clean-up runs when the plan locks, and erase leaves no history, name or permission', async () => {
    const history = () =>
      ext.worker.evaluate(async (origin) => {
        const api = (globalThis as unknown as ChromeApi).chrome;
        const visits = await api.history.search({ text: '', startTime: 0, maxResults: 1000 });
        return visits.map((v) => v.url ?? '').filter((url) => url.startsWith(origin));
      }, `chrome-extension://${ext.id}/`);
    const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
    await dash.pastWelcome();
    await dash.page.getByRole('link', { name: 'Safety & data' }).click();
    await dash.page.getByLabel('Also remove Lockstep’s pages from the browser’s history').check();
    await dash.page.getByLabel('Use a neutral name in the toolbar and the tab').check();
    await dash.page.getByRole('button', { name: 'Set a passphrase' }).click();
    await dash.page.getByLabel('New passphrase').fill(PASSPHRASE);
    await dash.page.getByLabel('Type it again').fill(PASSPHRASE);
    await dash.page.getByRole('button', { name: 'Turn on the lock' }).click();
    await expect(dash.page.getByRole('status').filter({ hasText: 'The lock is on' })).toBeVisible();
    await ext.open('dashboard.html#/help');
    await expect.poll(history).not.toEqual([]); // the browser records Lockstep's pages

    await dash.page.getByRole('button', { name: 'Lock', exact: true }).click();
    await expect(dash.page.getByLabel('Passphrase', { exact: true })).toBeVisible();
    await expect.poll(history).toEqual([]);

    await ext.open('dashboard.html#/about');
    await expect.poll(history).not.toEqual([]);
    await dash.page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await dash.page.getByRole('button', { name: 'Unlock' }).click();
    // No web API makes the browser drop deleted data from its files at once (measured: the
    // optional browsingData API, asked to remove this extension's IndexedDB, left a removed
    // account's name in the database's .ldb file). So the page says so, before and at erase.
    await expect(
      dash.page.getByRole('region', { name: 'What can stay on this computer’s disk' }),
    ).toContainText('Removing this extension from the browser deletes those files'); // neutral name on
    await dash.page.getByRole('button', { name: 'Erase everything…' }).click();
    await expect(
      dash.page.getByText('remove this extension from the browser afterwards'),
    ).toBeVisible(); // neutral name on
    await dash.page.getByRole('button', { name: 'Yes, erase everything' }).click();
    await expect(dash.page.getByRole('status')).toContainText('erased');
    await expect.poll(history).toEqual([]);
    const title = await ext.worker.evaluate(() =>
      (globalThis as unknown as ChromeApi).chrome.action.getTitle({}),
    );
    expect(title).toBe('Lockstep');
  });
});

test('a site handed over by the popup reaches the add page without going through the address', async () => {
  const popup = await ext.open('popup.html');
  await popup.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
    ).chrome.runtime.sendMessage({ type: 'hand-over-site', site: 'canary-site.example' }),
  );
  const dash = await new DashboardPage(await ext.open('dashboard.html#/add')).ready();
  await dash.pastWelcome();
  await expect(dash.page.getByLabel('Site address (optional)')).toHaveValue('canary-site.example');
  expect(new URL(dash.page.url()).hash).toBe('#/add');
  // Handed over once: another add page starts empty.
  const again = await new DashboardPage(await ext.open('dashboard.html#/add')).ready();
  await expect(again.page.getByLabel('Site address (optional)')).toHaveValue('');
});
