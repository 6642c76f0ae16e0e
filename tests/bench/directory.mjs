/**
 * Directory figures: its compiled size, loading and indexing it in the extension page, and one
 * lookup and one keystroke's search over every entry (the same code, bundled for node with
 * esbuild, timed over many runs: a single lookup is below the page's timer resolution).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WAIT_TIMEOUT_MS } from './figures.mjs';
import { importForNode } from './measure.mjs';
import { gzipSync } from 'node:zlib';

/** Gzipped size of the compiled directory data chunk in the build. */
export function directoryGzipBytes(buildDir) {
  const chunks = join(buildDir, 'chunks');
  const data = readdirSync(chunks)
    .filter((f) => f.startsWith('directory-'))
    .map((f) => readFileSync(join(chunks, f)))
    .find((code) => code.includes('JSON.parse('));
  if (!data) throw new Error('No compiled directory chunk in the build');
  return gzipSync(data, { level: 9 }).length;
}

/**
 * Opens the help page, lets it settle, then goes to the add page (which loads the directory), as
 * a person would, and reads the app's own measure: loading the chunks plus building the index.
 */
export async function timeDirectoryLoad(ext, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const page = await ext.context.newPage();
    await page.goto(ext.url('dashboard.html#/help'));
    await page.waitForFunction(() => performance.getEntriesByName('ready').length > 0);
    await page.waitForTimeout(300);
    await page.evaluate(() => (location.hash = '#/add'));
    times.push(
      await page.evaluate(async (bound) => {
        const end = performance.now() + bound;
        while (performance.getEntriesByName('lockstep:directory-load').length === 0) {
          if (performance.now() > end) throw new Error('no lockstep:directory-load mark');
          await new Promise((r) => setTimeout(r, 5));
        }
        return performance.getEntriesByName('lockstep:directory-load')[0].duration;
      }, WAIT_TIMEOUT_MS),
    );
    await page.close();
  }
  return times;
}

const loadModules = () =>
  importForNode(
    'directory-code',
    `export { compileSiteData, dataDir } from './lib/build/site-data';
export { createDirectory } from './lib/directory/directory';
export { createSearch } from './lib/directory/search';`,
    ['ajv', 'ajv/*', 'tldts'],
  );

const HOSTS = [
  'https://mail.google.com/mail/u/0/',
  'github.com',
  'www.amazon.co.uk',
  'someone.github.io',
  'my-corner-bakery-example.com',
  'accounts.example.gov.uk',
  'https://www.paypal.com/signin',
  'chrome://extensions',
];
const QUERIES = ['g', 'gm', 'gma', 'gmai', 'bank', 'amaz', 'paypal.com', 'crypto', 'micro', 'yah'];

/** Median µs per lookup and ms per search keystroke, each over many runs in node. */
export async function timeLookupAndSearch(rounds = 15) {
  const { compileSiteData, dataDir, createDirectory, createSearch } = await loadModules();
  const { directory: data } = compileSiteData(dataDir(process.cwd()));
  const directory = createDirectory(data);
  const search = createSearch(data.entries, data.categories);
  const lookups = [];
  const searches = [];
  for (let r = 0; r < rounds; r++) {
    const n = 2_000;
    let start = performance.now();
    for (let i = 0; i < n; i++) directory.lookup(HOSTS[i % HOSTS.length]);
    lookups.push(((performance.now() - start) * 1000) / n);
    start = performance.now();
    for (const q of QUERIES) search.search(q);
    searches.push((performance.now() - start) / QUERIES.length);
  }
  return { lookups, searches };
}
