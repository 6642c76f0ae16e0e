/**
 * Device check figures: the compiled app lists' size as shipped, and one lookup over every
 * entry of both lists (the same code, bundled for node with esbuild, timed over many runs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WAIT_TIMEOUT_MS } from './figures.mjs';
import { importForNode } from './measure.mjs';

/** Gzipped size of the compiled device lists chunk (both lists) in the build. */
export function deviceDataGzipBytes(buildDir) {
  const chunks = join(buildDir, 'chunks');
  const data = readdirSync(chunks)
    .filter((f) => f.startsWith('device-data-'))
    .map((f) => readFileSync(join(chunks, f)));
  if (data.length !== 1) throw new Error('Expected one compiled device-data chunk in the build');
  return gzipSync(data[0], { level: 9 }).length;
}

// Packages, brand names, a vendor address, an ambiguous name, common apps, near-misses.
const QUERIES = [
  'com.systemservice',
  'com.whatsapp',
  'mSpy',
  'Find My Phone',
  'WhatsApp',
  'Google Maps',
  'Call Recorder',
  'thetruthspy.com',
  'Flexi Spy',
  'com.mspy',
];

/** Median ms per query (each over both lists) and ms to build the index, over `rounds` runs. */
export async function timeAppLookup(rounds = 15) {
  const { compileDeviceData, dataDir, createDeviceLists } = await importForNode(
    'device-code',
    `export { compileDeviceData } from './lib/build/device-data';
export { dataDir } from './lib/build/site-data';
export { createDeviceLists } from './lib/device/lists';`,
    ['ajv', 'ajv/*', 'js-yaml'],
  );
  const { data } = compileDeviceData(dataDir(process.cwd()));
  const lookups = [];
  const indexes = [];
  for (let r = 0; r < rounds; r++) {
    let start = performance.now();
    const lists = createDeviceLists(data);
    indexes.push(performance.now() - start);
    const n = 200;
    start = performance.now();
    for (let i = 0; i < n; i++) lists.lookup(QUERIES[i % QUERIES.length]);
    lookups.push((performance.now() - start) / n);
  }
  return { lookups, indexes };
}

/**
 * Opens the help page, lets it settle, then goes to the device page (which loads both lists),
 * as a person would, and reads the app's own measure: loading the chunk plus building the index.
 */
export async function timeDeviceLoad(ext, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const page = await ext.context.newPage();
    await page.goto(ext.url('dashboard.html#/help'));
    await page.waitForFunction(() => performance.getEntriesByName('ready').length > 0);
    await page.waitForTimeout(300);
    await page.evaluate(() => (window.location.hash = '#/device'));
    times.push(
      await page.evaluate(async (bound) => {
        const end = performance.now() + bound;
        while (performance.getEntriesByName('lockstep:device-load').length === 0) {
          if (performance.now() > end) throw new Error('no lockstep:device-load mark');
          await new Promise((r) => setTimeout(r, 5));
        }
        return performance.getEntriesByName('lockstep:device-load')[0].duration;
      }, WAIT_TIMEOUT_MS),
    );
    await page.close();
  }
  return times;
}
