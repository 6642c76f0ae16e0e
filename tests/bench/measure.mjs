import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

/** The duration of the app's latest `performance.measure` entry of this name, in the page. */
export const lastMeasure = (page, name) =>
  page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? NaN, name);

/** Opens an extension page in a new tab and waits for the app's `ready` mark. */
export async function openPage(ext, path) {
  const page = await ext.context.newPage();
  await page.goto(ext.url(path));
  await page.waitForFunction(() => performance.getEntriesByName('ready').length > 0);
  return page;
}

/**
 * Bundles the project's own TypeScript (the `contents` module, resolved from the project root)
 * for node with esbuild and imports it, so node-side figures time the very code that ships.
 * The bundle lives in .cache/bench (gitignored); `external` packages resolve from node_modules.
 */
export async function importForNode(name, contents, external = []) {
  const outfile = resolve(`.cache/bench/${name}.mjs`);
  await build({
    stdin: { contents, resolveDir: resolve('.'), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    external,
    logLevel: 'silent',
  });
  return import(pathToFileURL(outfile).href);
}
