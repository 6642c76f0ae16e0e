import { chromium } from 'playwright-core';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const BUILD_DIR = resolve('.output/chrome-mv3');
const CACHE = resolve('.cache/bench');

/**
 * Launches Debian's Chromium with a copy of the built extension plus one empty page
 * (`blank.html`, the floor every page is measured against). The copy keeps bench-only files
 * out of the shipped build.
 */
export async function launchBench() {
  mkdirSync(CACHE, { recursive: true });
  const extDir = join(CACHE, 'extension');
  rmSync(extDir, { recursive: true, force: true });
  cpSync(BUILD_DIR, extDir, { recursive: true });
  writeFileSync(
    join(extDir, 'blank.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>\n',
  );
  const profile = mkdtempSync(join(CACHE, 'profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    args: [
      '--headless=new',
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  // Close the dashboard the extension opens on install.
  await new Promise((r) => setTimeout(r, 300));
  for (const page of context.pages())
    if (page.url().startsWith('chrome-extension://')) await page.close();
  return {
    context,
    url: (path) => `chrome-extension://${id}/${path}`,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Prints one metric as a JSON line. */
export function report(metric, value, unit) {
  console.log(JSON.stringify({ metric, value: Math.round(value * 100) / 100, unit }));
}
