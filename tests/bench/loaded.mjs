import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a page really loads before it marks `ready`: every script request the browser
 * started before that moment (static imports and the lazy chunks the page waits for), from the
 * DevTools network log of the extension page. Resource Timing cannot tell: it lists no
 * chrome-extension:// requests. Returns the built files' paths (under `buildDir`).
 */
export async function filesBeforeReady(context, url, buildDir, bound = 30_000) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const started = [];
  cdp.on('Network.requestWillBeSent', (e) => started.push({ url: e.request.url, at: e.wallTime }));
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('ready').length > 0, null, {
    timeout: bound,
  });
  const readyAt = await page.evaluate(
    () => performance.timeOrigin + performance.getEntriesByName('ready')[0].startTime,
  );
  await page.close();
  return started
    .filter((r) => r.url.endsWith('.js') && r.at * 1000 <= readyAt)
    .map((r) => join(buildDir, new URL(r.url).pathname));
}

/** Gzipped bytes (level 9, as in size.mjs) of these files, each counted once. */
export function gzipBytesOf(files) {
  return [...new Set(files)].reduce(
    (total, file) => total + gzipSync(readFileSync(file), { level: 9 }).length,
    0,
  );
}
