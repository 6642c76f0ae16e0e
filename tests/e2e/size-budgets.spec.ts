import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
// @ts-expect-error: plain JavaScript modules shared with `npm run bench`
import * as budgets from '../bench/budgets.mjs';
// @ts-expect-error: plain JavaScript modules shared with `npm run bench`
import { initialJsFiles } from '../bench/size.mjs';
// @ts-expect-error: plain JavaScript modules shared with `npm run bench`
import { filesBeforeReady } from '../bench/loaded.mjs';
import { closeStartupTabs, launchExtension } from './support/extension';

// Deterministic: bytes of the built files, not time. Runs after `npm run build`.
const BUILD = resolve('.output/chrome-mv3');
const files = (html: string) => initialJsFiles(BUILD, html) as string[];
const gzipBytes = (list: string[]) =>
  list.reduce((total, file) => total + gzipSync(readFileSync(file), { level: 9 }).length, 0);
/** `chunks/directory-B4ECw_SW.js` → `directory` */
const chunkName = (file: string) => basename(file).replace(/-[\w-]{8}\.js$/, '');
const heavy = budgets.HEAVY_CHUNKS as RegExp[];

for (const [html, budget] of [
  ['popup.html', budgets.POPUP_FIRST_LOAD_GZIP_BYTES as number],
  ['dashboard.html', budgets.DASHBOARD_FIRST_LOAD_GZIP_BYTES as number],
] as const) {
  test(`${html} first-load JavaScript stays within its budget, without heavy modules`, () => {
    const list = files(html);
    expect(list.length).toBeGreaterThan(1); // the walk really follows imports
    expect(gzipBytes(list)).toBeLessThanOrEqual(budget);
    const names = list.map(chunkName);
    expect(names.filter((name) => heavy.some((pattern) => pattern.test(name)))).toEqual([]);
  });
}

test('the heavy modules really are chunks of their own (so the check above can catch them)', () => {
  const chunks = readdirSync(resolve(BUILD, 'chunks'));
  for (const pattern of [/^directory$/, /^seal$/, /^device-data$/])
    expect(chunks.map((f) => chunkName(f)).some((name) => pattern.test(name))).toBe(true);
});

test('the device lists as shipped stay within their budget', () => {
  const chunks = readdirSync(resolve(BUILD, 'chunks')).filter(
    (f) => chunkName(f) === 'device-data',
  );
  expect(chunks).toHaveLength(1);
  expect(gzipBytes(chunks.map((f) => resolve(BUILD, 'chunks', f)))).toBeLessThanOrEqual(
    budgets.DEVICE_DATA_GZIP_BYTES as number,
  );
});

// Item 4 of "Every page near the floor": what a page really loads before `ready`, lazy chunks
// it waits for included, from the browser's network log (a fresh profile: the popup's next step
// is off, so it must not load the plan store).
test('each page loads within its budget before it is ready', async () => {
  const ext = await launchExtension();
  try {
    await closeStartupTabs(ext);
    for (const [html, budget] of [
      ['popup.html', budgets.POPUP_BEFORE_READY_GZIP_BYTES as number],
      ['dashboard.html', budgets.DASHBOARD_BEFORE_READY_GZIP_BYTES as number],
    ] as const) {
      const loaded = (await filesBeforeReady(ext.context, ext.url(html), BUILD)) as string[];
      expect(loaded.length, html).toBeGreaterThan(1);
      expect(gzipBytes([...new Set(loaded)]), html).toBeLessThanOrEqual(budget);
      const names = loaded.map(chunkName);
      expect(names.filter((name) => heavy.some((pattern) => pattern.test(name)))).toEqual([]);
      if (html === 'popup.html')
        expect(
          names.filter((name) => /^(popup-plan|page-safety|plan-store|playbook)$/.test(name)),
        ).toEqual([]);
    }
    // Spanish chosen on an English browser: the popup's own few keys in Spanish, no catalogue.
    const page = await ext.open('popup.html');
    await page.evaluate(() => localStorage.setItem('lockstep-language', 'es'));
    await page.close();
    const loaded = (await filesBeforeReady(ext.context, ext.url('popup.html'), BUILD)) as string[];
    expect(loaded.filter((file) => file.endsWith('.es.js')).length).toBeGreaterThan(0);
    expect(gzipBytes([...new Set(loaded)])).toBeLessThanOrEqual(
      budgets.POPUP_BEFORE_READY_CHOSEN_LANGUAGE_GZIP_BYTES as number,
    );
  } finally {
    await ext.close();
  }
});
