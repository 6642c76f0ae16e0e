import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
// @ts-expect-error: plain JavaScript modules shared with `npm run bench`
import * as budgets from '../bench/budgets.mjs';
// @ts-expect-error: plain JavaScript modules shared with `npm run bench`
import { initialJsFiles } from '../bench/size.mjs';

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
