import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension, waitReady, type Extension } from './support/extension';

const SHOTS = '.cache/shots';
const WIDTHS = [1100, 768, 320] as const;
const PAGES = ['#/plan', '#/add', '#/password', '#/data', '#/help', '#/about', '#/welcome'];

let ext: Extension;
let dash: DashboardPage;
let accountHash = '';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ext = await launchExtension();
  await closeStartupTabs(ext);
  dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await dash.pastWelcome();
  await dash.addAccount('Gmail', 'Main email', 'gmail.com');
  await dash.openAccount('Gmail');
  accountHash = new URL(dash.page.url()).hash;
  // With the lock on, the header also holds the Lock button: the widest it gets.
  const page = dash.page;
  await page.getByRole('link', { name: 'Safety & data' }).click();
  await page.getByRole('button', { name: 'Set a passphrase' }).click();
  await page.getByLabel('New passphrase').fill('orbit violet tundra 42');
  await page.getByLabel('Type it again').fill('orbit violet tundra 42');
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(page.getByRole('status')).toContainText('The lock is on');
});
test.afterAll(() => ext.close());

async function show(page: Page, hash: string, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
  await page.goto(ext.url(`dashboard.html${hash}`));
  await waitReady(page);
  await page.evaluate(() => window.scrollTo(0, 0));
}

const quickExitBox = (page: Page) =>
  page.evaluate(() => {
    const r = document.querySelector('header .quick-exit')!.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });

/** Text and controls on the page at rest that Quick exit overlaps. */
const coveredByQuickExit = (page: Page) =>
  page.evaluate(() => {
    const exit = document.querySelector('header .quick-exit')!;
    const q = exit.getBoundingClientRect();
    const hits = (r: DOMRect) =>
      r.width > 0 &&
      r.height > 0 &&
      r.left < q.right &&
      r.right > q.left &&
      r.top < q.bottom &&
      r.bottom > q.top;
    const covered: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || exit.contains(node)) continue;
      if (node.parentElement?.closest('.visually-hidden, script, style')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if ([...range.getClientRects()].some(hits)) covered.push(node.textContent.trim());
    }
    for (const control of document.querySelectorAll('a, button, input, select, textarea'))
      if (control !== exit && hits(control.getBoundingClientRect()))
        covered.push(`<${control.tagName.toLowerCase()}>`);
    return covered;
  });

test('at 1100 px the header is one line: brand, pages, Lock and Quick exit side by side', async () => {
  const page = dash.page;
  for (const hash of [...PAGES, accountHash]) {
    await show(page, hash, 1100);
    const rows = await page.evaluate(() =>
      [...document.querySelector('header .brand')!.parentElement!.children].map((e) => {
        const r = e.getBoundingClientRect();
        return { what: e.className || e.tagName, top: r.top, bottom: r.bottom };
      }),
    );
    expect(rows.map((r) => r.what)).toEqual(expect.arrayContaining(['brand', 'NAV', 'quick-exit']));
    expect(rows).toHaveLength(4); // and Lock
    // One line: every item overlaps every other vertically.
    const lowestTop = Math.max(...rows.map((r) => r.top));
    const highestBottom = Math.min(...rows.map((r) => r.bottom));
    expect(lowestTop, `${hash}: ${JSON.stringify(rows)}`).toBeLessThan(highestBottom);
    const bar = await page.locator('header .brand').locator('..').boundingBox();
    // Nine pages since check-ups and This browser joined the navigation (issue 26, bug 10): the
    // page links may take two lines of their own, still beside the brand, Lock and Quick exit.
    expect(bar!.height, hash).toBeLessThanOrEqual(84);
  }
  await page.screenshot({ path: `${SHOTS}/layout-1100-account.png` });
});

test('Quick exit is in the same place on every page, at 1100, 768 and 320 px, covering nothing', async () => {
  const page = dash.page;
  for (const width of WIDTHS) {
    const boxes: Record<string, Box> = {};
    for (const hash of [...PAGES, accountHash]) {
      await show(page, hash, width);
      boxes[hash] = await quickExitBox(page);
      expect(await coveredByQuickExit(page), `${width} px ${hash}`).toEqual([]);
      await page.screenshot({
        path: `${SHOTS}/layout-${width}-${hash.slice(2).split('/')[0]}.png`,
      });
    }
    const first = boxes['#/plan']!;
    for (const [hash, box] of Object.entries(boxes))
      expect(box, `${width} px ${hash}`).toEqual(first);
    // Inside the window, in its top corner.
    const inner = await page.evaluate(() => document.documentElement.clientWidth);
    expect(first.y).toBeLessThan(16);
    expect(first.x + first.width).toBeLessThanOrEqual(inner);
    expect(inner - (first.x + first.width)).toBeLessThan(24);
    // Still there, still the same place, once the page is scrolled.
    await show(page, '#/add', width);
    await page.mouse.wheel(0, 600);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await quickExitBox(page)).toEqual(first);
  }
});

test('hint text under form fields is no larger than the labels', async () => {
  const page = dash.page;
  for (const width of [1100, 320]) {
    for (const hash of ['#/add', '#/password', '#/data']) {
      await show(page, hash, width);
      const sizes = await page.evaluate(() => {
        const px = (e: Element) => Number.parseFloat(getComputedStyle(e).fontSize);
        const hints = [...document.querySelectorAll('main .hint, main [id$="-hint"]')].filter(
          (e) => !e.classList.contains('visually-hidden'),
        );
        const labels = [...document.querySelectorAll('main label:not(.check)')];
        return { hints: hints.map(px), labels: labels.map(px) };
      });
      expect(sizes.hints.length, hash).toBeGreaterThan(0);
      expect(sizes.labels.length, hash).toBeGreaterThan(0);
      expect(Math.max(...sizes.hints), `${hash}: ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(
        Math.min(...sizes.labels),
      );
      // Body text is the size the styles ask for (16 px), not Chrome's 75 % for extension pages.
      expect(Math.min(...sizes.labels)).toBe(16);
    }
  }
});
