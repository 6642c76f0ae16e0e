import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { browserPath } from '../../../scripts/system.mjs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startRequestLog } from './request-log';
import { packXpi } from './xpi';

/** The Firefox build `npm run build` writes. */
export const FIREFOX_BUILD = resolve('.output/firefox-mv2');
/**
 * The test-only build `npm run build:test` writes: its optional permissions are required (no
 * prompt to click) and its background honours test seams (see wxt.config.ts).
 */
export const FIREFOX_TEST_BUILD = resolve('.output/firefox-mv2-test');
const GECKO_ID = 'lockstep@lockstep.invalid';
/** A fixed internal UUID (pref `extensions.webextensions.uuids`), so page addresses are known. */
const UUID = '5b7a3f0e-2c1d-4e8f-9a6b-0d4c3e2f1a70';
export const ORIGIN = `moz-extension://${UUID}/`;
const PROFILES = resolve('.cache/firefox-profiles');

/** A fresh profile folder inside the project (gitignored), never in $HOME. */
export function newProfile(): string {
  mkdirSync(PROFILES, { recursive: true });
  return mkdtempSync(join(PROFILES, 'p-'));
}

export interface LaunchOptions {
  /** Reuse a profile (to restart Firefox on it); a fresh one by default. */
  readonly profile?: string;
  /**
   * Install Lockstep: 'permanent' survives a restart (the signature check is off by pref),
   * 'temporary' is gone after one (as about:debugging installs), false when already installed.
   */
  readonly install?: 'permanent' | 'temporary' | false;
  /** Allow Lockstep in private windows (as the person would in about:addons). */
  readonly privateWindows?: boolean;
  /** Which build to install: the shipped one by default, or FIREFOX_TEST_BUILD. */
  readonly build?: string;
  /** Other unpacked add-ons to install beside Lockstep, as temporary add-ons (fixtures). */
  readonly others?: readonly string[];
  /** More Firefox prefs for one journey. */
  readonly prefs?: Readonly<Record<string, unknown>>;
}

export interface Firefox {
  readonly browser: Browser;
  readonly profile: string;
  /** Every request Firefox sent, Firefox's own parked ones (see `ownRequests`) left out. */
  requests(): string[];
  /** Every console error and uncaught error of Lockstep's pages and background. */
  consoleErrors(): string[];
  url(path: string): string;
  /** A new tab on a Lockstep page, once the app marked itself ready. */
  open(path: string): Promise<Page>;
  /** Loads an address in a tab (a Lockstep page waits for the app's `ready` mark). */
  navigate(page: Page, url: string, options?: { ready?: boolean }): Promise<void>;
  /** The tabs that show a Lockstep page. */
  lockstepPages(): Promise<Page[]>;
  /** Closes the dashboard tab Lockstep opens by itself on install (waits for it first). */
  closeInstallTab(): Promise<void>;
  /** A Lockstep page in a new private window (needs `privateWindows`). */
  openPrivate(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The browser's own background requests, never Lockstep's: the profile puppeteer writes points
 * Mozilla's services (updates, telemetry, add-on discovery) at `dummy.test`, and ESR's remote
 * settings client (blocklists, certificate revocation lists) ignores that pref in release builds.
 * Lockstep's page policy (`connect-src 'none'`) would refuse both hosts anyway.
 */
const FIREFOX_OWN_HOSTS = ['dummy.test', 'firefox.settings.services.mozilla.com'];
function ownRequest(request: string): boolean {
  const [, address = ''] = request.split(' ');
  const host = address.includes('://') ? new URL(address).hostname : address.split(':')[0];
  return FIREFOX_OWN_HOSTS.includes(host ?? '');
}

/**
 * Errors Firefox's own modules print (its remote agent, services, toolbar), not Lockstep's: they
 * name a chrome:// or resource:// file, or start with their module's name ("CustomizableUI: ").
 * A page's own console.error prints its text quoted, or an Error object.
 */
function firefoxOwn(line: string): boolean {
  return /(chrome|resource):\/\//.test(line) || /^console\.error: [A-Za-z]+: /.test(line);
}

function prefs(proxyPort: number): Record<string, unknown> {
  return {
    [`extensions.webextensions.uuids`]: JSON.stringify({ [GECKO_ID]: UUID }),
    // ESR honours this: a permanent install of an unsigned build (ours) for the tests only.
    'xpinstall.signatures.required': false,
    // Extension pages' console messages do not reach the BiDi client: read them on stdout.
    'devtools.console.stdout.content': true,
    'devtools.console.stdout.chrome': true,
    // Every request goes to the logging proxy, https and localhost included.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'browser.shell.checkDefaultBrowser': false,
  };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Polls `check` until it is true (extension pages refuse `waitForFunction`'s eval). */
export async function until(
  check: () => Promise<boolean> | boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await Promise.resolve(check()).catch(() => false)) return;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Waits for the app's own `ready` mark: real data is on screen. */
export async function waitReady(page: Page): Promise<void> {
  await until(
    () => page.evaluate(() => performance.getEntriesByName('ready').length > 0),
    `the ready mark on ${page.url()}`,
  );
}

/**
 * A tab's address as the page sees it: puppeteer's `page.url()` stays `about:blank` for
 * moz-extension pages opened over BiDi. Empty if the tab is gone or busy.
 */
export async function href(page: Page): Promise<string> {
  if (page.isClosed()) return '';
  const read = page.evaluate(() => location.href).catch(() => '');
  return Promise.race([read, sleep(2_000).then(() => '')]);
}

/**
 * Sends a raw WebDriver BiDi command: puppeteer has no wrapper for the Firefox-only
 * `moz:permanent` install, nor for navigating without waiting for a load event.
 */
async function bidi(browser: Browser, method: string, params: object): Promise<unknown> {
  const { connection } = browser as unknown as {
    connection: { send(method: string, params: object): Promise<unknown> };
  };
  return connection.send(method, params);
}

/** Launches Firefox ESR (found by scripts/system.mjs) over WebDriver BiDi, with Lockstep installed. */
export async function launchFirefox(options: LaunchOptions = {}): Promise<Firefox> {
  const profile = options.profile ?? newProfile();
  const install = options.install ?? 'permanent';
  if (options.privateWindows)
    // Where Firefox keeps "Run in Private Windows: Allow" (ExtensionPermissions).
    writeFileSync(
      join(profile, 'extension-preferences.json'),
      JSON.stringify({
        [GECKO_ID]: { permissions: ['internal:privateBrowsingAllowed'], origins: [] },
      }),
    );
  const log = await startRequestLog();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless: true,
    userDataDir: profile,
    // Firefox 153 opens moz-extension:// pages over BiDi only with this.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { ...prefs(log.port), ...options.prefs },
    protocolTimeout: 60_000,
  });
  const stdout: string[] = [];
  let partial = '';
  browser.process()?.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    stdout.push(...lines);
  });
  browser.process()?.stderr?.on('data', (chunk: Buffer) => {
    stdout.push(...chunk.toString('utf8').split('\n'));
  });

  if (install) {
    const build = options.build ?? FIREFOX_BUILD;
    const xpi = join(PROFILES, build === FIREFOX_BUILD ? 'lockstep.xpi' : 'lockstep-test.xpi');
    const extensionData =
      install === 'permanent'
        ? { type: 'archivePath', path: packXpi(build, xpi) }
        : { type: 'path', path: build };
    await bidi(browser, 'webExtension.install', {
      extensionData,
      ...(install === 'permanent' && { 'moz:permanent': true }),
    });
  }
  for (const path of options.others ?? [])
    await bidi(browser, 'webExtension.install', { extensionData: { type: 'path', path } });

  const url = (path: string) => `${ORIGIN}${path.replace(/^\//, '')}`;
  const navigate = async (page: Page, address: string, { ready = true } = {}) => {
    // page.goto can hang on extension pages: send the BiDi command and poll instead.
    const context = (page.mainFrame() as unknown as { _id: string })._id;
    await bidi(browser, 'browsingContext.navigate', {
      context,
      url: address,
      wait: 'none',
    });
    if (address.startsWith(ORIGIN)) {
      const base = address.split('#')[0] ?? address;
      await until(() => page.evaluate((b) => location.href.startsWith(b), base), address);
      if (ready) await waitReady(page);
    }
  };
  const lockstepPages = async () => {
    const pages = await browser.pages();
    const hrefs = await Promise.all(pages.map((page) => href(page)));
    return pages.filter((_, i) => hrefs[i]?.startsWith(ORIGIN));
  };

  const ff: Firefox = {
    browser,
    profile,
    requests: () => log.requests.filter((request) => !ownRequest(request)),
    consoleErrors: () =>
      stdout.filter((line) => /^(console\.error|JavaScript error)/.test(line) && !firefoxOwn(line)),
    url,
    async open(path) {
      const page = await browser.newPage();
      await navigate(page, url(path));
      return page;
    },
    navigate,
    lockstepPages,
    async closeInstallTab() {
      await until(async () => (await lockstepPages()).length > 0, 'the tab opened on install');
      for (const page of await lockstepPages()) await page.close();
    },
    async openPrivate(path) {
      const before = new Set(await browser.pages());
      const opener = (await lockstepPages())[0] ?? (await ff.open('popup.html'));
      await opener.evaluate(async (address: string) => {
        const api = (
          globalThis as unknown as { browser: { windows: { create(o: object): Promise<unknown> } } }
        ).browser;
        await api.windows.create({ incognito: true, url: address });
      }, url(path));
      let page: Page | undefined;
      await until(async () => {
        page = (await browser.pages()).find((p) => !before.has(p));
        return page !== undefined && (await href(page)).startsWith(ORIGIN);
      }, 'the private window');
      await waitReady(page as Page);
      return page as Page;
    },
    async close() {
      await browser.close();
      await log.close();
    },
  };
  return ff;
}
