import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { browserPath } from '../../../scripts/system.mjs';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
/** The test-only build, whose optional permissions are required (no prompt to click). */
export const TEST_BUILD_DIR = resolve('.output/chrome-mv3-test');
const PROFILES = resolve('.cache/profiles');

export interface Extension {
  readonly context: BrowserContext;
  readonly id: string;
  readonly worker: Worker;
  readonly profile: string;
  url(path: string): string;
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** A fresh profile folder inside the project (gitignored), never in $HOME. */
export function newProfile(): string {
  mkdirSync(PROFILES, { recursive: true });
  return mkdtempSync(join(PROFILES, 'p-'));
}

/** Launches Chromium (found by scripts/system.mjs) with the built extension loaded, on the given profile. */
export async function launchExtension(
  profile = newProfile(),
  extensionDir = EXTENSION_DIR,
  /** Other unpacked extensions to load beside Lockstep (fixtures; none may have a worker). */
  others: readonly string[] = [],
): Promise<Extension> {
  const load = [extensionDir, ...others].join(',');
  // Let Playwright report the service worker's own requests too (network-silence test).
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium'),
    headless: false, // --headless=new below: the old headless mode cannot load extensions
    args: [
      '--headless=new',
      `--disable-extensions-except=${load}`,
      `--load-extension=${load}`,
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
  const url = (path: string) => `chrome-extension://${id}/${path.replace(/^\//, '')}`;
  return {
    context,
    id,
    worker,
    profile,
    url,
    async open(path) {
      const page = await context.newPage();
      await page.goto(url(path));
      return page;
    },
    close: () => context.close(),
  };
}

/**
 * Closes the tabs the extension opened by itself (the dashboard, on install). On a fresh profile
 * that tab can appear a moment after launch, so wait for it first (briefly).
 */
export async function closeStartupTabs(ext: Extension, freshProfile = true): Promise<void> {
  const ours = () => ext.context.pages().filter((p) => p.url().startsWith('chrome-extension://'));
  for (let waited = 0; freshProfile && ours().length === 0 && waited < 5_000; waited += 100)
    await new Promise((resolve) => setTimeout(resolve, 100));
  for (const page of ours()) await page.close();
}

/** Waits for the app's own `ready` mark: real data is on screen. */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('ready').length > 0);
}

/** Presses Tab until the focused element's text or label matches, as a keyboard user would. */
export async function tabTo(page: Page, name: string | RegExp, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '';
      return (el.getAttribute('aria-label') || labelled || el.textContent || '').trim();
    });
    if (typeof name === 'string' ? label === name : name.test(label)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}
