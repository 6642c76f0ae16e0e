import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
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

/** Launches Debian's Chromium with the built extension loaded, on the given profile. */
export async function launchExtension(profile = newProfile()): Promise<Extension> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false, // --headless=new below: the old headless mode cannot load extensions
    args: [
      '--headless=new',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
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

/** Closes the tabs the extension opened by itself (the dashboard on install). */
export async function closeStartupTabs(ext: Extension): Promise<void> {
  for (const page of ext.context.pages()) {
    if (page.url().startsWith('chrome-extension://')) await page.close();
  }
}

/** Waits for the app's own `ready` mark: real data is on screen. */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('ready').length > 0);
}
