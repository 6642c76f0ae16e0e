import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DashboardPage } from './support/dashboard-page';
import {
  closeStartupTabs,
  launchExtension,
  TEST_BUILD_DIR,
  type Extension,
} from './support/extension';

/**
 * Issue 34, "Keep a copy of this page". No test can click the toolbar button (which grants
 * `activeTab`), so the test build holds a host permission and its popup page runs in a second
 * window, copying the shown tab of the first (lib/browser/capture-test-seam.ts). The page copied
 * is served here, on 127.0.0.1, filled with one colour the copy must show.
 */

const TITLE = 'Canary page 7c1e';
const GREEN = [18, 170, 60];
const PASS = 'harbor pencil lilac 7391';
let ext: Extension;
let server: Server;
let origin: string;
const requests: string[] = [];

test.beforeAll(async () => {
  server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(
      `<!doctype html><title>${TITLE}</title><body style="margin:0;background:rgb(${GREEN.join(',')})"><p style="height:3000px">A message</p>`,
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((done) => server.close(() => done())));
test.afterEach(() => ext.close().catch(() => undefined));

async function launch() {
  ext = await launchExtension(undefined, TEST_BUILD_DIR);
  ext.context.on('request', (request) => requests.push(request.url()));
  await closeStartupTabs(ext);
}

/** The part of the worker's `chrome` used here (no extension types in the test build's tests). */
interface WindowsApi {
  windows: { create(options: { url: string; width: number; height: number }): Promise<unknown> };
}

/** The page to copy in the first window, and the popup page in a second one. */
async function pageAndPopup(): Promise<{ site: Page; popup: Page }> {
  const site = await ext.context.newPage();
  await site.goto(`${origin}/message`);
  await site.bringToFront();
  const url = ext.url('popup.html');
  const [popup] = await Promise.all([
    ext.context.waitForEvent('page', (p) => p.url() === url),
    ext.worker.evaluate((u) => {
      const api = (globalThis as unknown as { chrome: WindowsApi }).chrome;
      return api.windows.create({ url: u, width: 420, height: 640 });
    }, url),
  ]);
  return { site, popup };
}

/** Opens the panel and keeps a copy, with words. */
async function keepCopy(popup: Page, words: string) {
  await popup.getByRole('button', { name: 'Keep a copy of this page' }).click();
  await expect(popup.getByText('Only the part of the page you can see now is kept')).toBeVisible();
  await expect(popup.getByText(/Never keep or copy images of anyone under 18/)).toBeVisible();
  await popup.getByLabel('Your own words (you can leave this empty)').fill(words);
  await popup.getByRole('button', { name: 'Keep the copy' }).click();
}

/** The entry's picture: its bytes' SHA-256 and the colour at its middle. */
async function shownPicture(page: Page) {
  await page.getByRole('button', { name: /^Show page-.*\.png$/ }).click();
  const image = page.getByRole('img', { name: /^page-.*\.png$/ });
  await expect
    .poll(() => image.evaluate((el: HTMLImageElement) => el.naturalWidth))
    .toBeGreaterThan(0);
  return image.evaluate(async (el: HTMLImageElement) => {
    const bytes = new Uint8Array(await (await fetch(el.src)).arrayBuffer());
    const canvas = document.createElement('canvas');
    canvas.width = el.naturalWidth;
    canvas.height = el.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(el, 0, 0);
    const middle = context.getImageData(canvas.width >> 1, canvas.height >> 1, 1, 1).data;
    return { bytes: [...bytes], middle: [...middle].slice(0, 3) };
  });
}

async function expectEntry(page: Page, words: string) {
  await expect(page.getByText(words)).toBeVisible();
  await expect(page.getByText(`Page title: ${TITLE}`)).toBeVisible();
  await expect(page.getByText(`Web address: ${origin}/message`)).toBeVisible();
  await expect(page.getByText(/^Happened: /)).toBeVisible();
  const digest = await page.getByText(/^SHA-256: [0-9a-f]{64}$/).textContent();
  const { bytes, middle } = await shownPicture(page);
  expect(Buffer.from(bytes).subarray(1, 4).toString()).toBe('PNG');
  expect(digest).toBe(`SHA-256: ${createHash('sha256').update(Buffer.from(bytes)).digest('hex')}`);
  expect(middle).toEqual(GREEN);
}

function expectOnlyOwnRequests() {
  const outside = requests.filter(
    (url) =>
      !url.startsWith(`chrome-extension://${ext.id}/`) &&
      !url.startsWith(`blob:chrome-extension://${ext.id}/`) &&
      !url.startsWith(`${origin}/`), // the test page's own load, from its own tab
  );
  expect(outside).toEqual([]);
  expect(requests.some((url) => url.startsWith(`${origin}/`))).toBe(true);
}

test('a copy of the page in front of the person goes in the record, with its SHA-256', async () => {
  await launch();
  const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await dash.pastWelcome();
  await dash.page.close();

  const { popup } = await pageAndPopup();
  await keepCopy(popup, 'Canarywords-1 threat in my inbox');
  const panel = popup.getByRole('region', { name: 'Keep a copy of this page' });
  await expect(panel.getByRole('status')).toHaveText(
    'Kept in your record, with the page’s address, title and time.',
  );
  await expect(popup.getByRole('button', { name: 'Capture again after scrolling' })).toBeVisible();

  const record = await ext.open('dashboard.html#/evidence');
  await expectEntry(record, 'Canarywords-1 threat in my inbox');
  expectOnlyOwnRequests();
});

test('while locked, the copy waits in memory and goes in the record at the next unlock', async () => {
  await launch();
  const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await dash.pastWelcome();
  await dash.turnOnLock(PASS);
  await dash.page.close();

  const { popup } = await pageAndPopup();
  await expect(popup.getByText(/It is locked/)).toHaveCount(0);
  await keepCopy(popup, 'Canarywords-2 kept while locked');
  await expect(popup.getByText(/It is locked here\. The copy waits/)).toBeVisible();
  const status = popup
    .getByRole('region', { name: 'Keep a copy of this page' })
    .getByRole('status');
  await expect(status).toHaveText('Kept for now. It goes in your record the next time you unlock.');
  // One at a time: a second copy is not kept over the first.
  await popup.getByRole('button', { name: 'Capture again after scrolling' }).click();
  await expect(status).toHaveText(
    'One copy already waits for the next unlock. Unlock first, then keep this one.',
  );

  const record = await ext.open('dashboard.html#/evidence');
  await record.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await record.getByRole('button', { name: 'Unlock' }).click();
  await expect(
    record.getByText('The copy of a page you kept from the toolbar is now in your record.'),
  ).toBeVisible();
  await expectEntry(record, 'Canarywords-2 kept while locked');
  await expect(record.getByRole('heading', { name: /^Entry \d+$/ })).toHaveCount(1);
  expectOnlyOwnRequests();
});
