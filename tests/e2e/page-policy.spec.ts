import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { pagePolicy } from '../../lib/build/page-policy';
import { DashboardPage } from './support/dashboard-page';
import {
  closeStartupTabs,
  EXTENSION_DIR,
  launchExtension,
  waitReady,
  type Extension,
} from './support/extension';

let ext: Extension;
const problems: string[] = [];

/** Console errors, page errors and every CSP violation a page reports. */
function watch(page: Page) {
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /Content Security Policy/i.test(msg.text()))
      problems.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  page.on('worker', (worker) =>
    worker.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`worker ${worker.url()}: ${msg.text()}`);
    }),
  );
}

/** The violations the page itself saw (recorded from its very first script on). */
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test.beforeAll(async () => {
  ext = await launchExtension();
  await ext.context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  ext.context.on('page', watch);
  ext.context.pages().forEach(watch);
  ext.worker.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`service worker: ${msg.text()}`);
  });
  await closeStartupTabs(ext);
});
test.afterAll(() => ext.close());

test('the built manifest carries the strict page policy', async () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    content_security_policy?: { extension_pages?: string };
  };
  expect(manifest.content_security_policy?.extension_pages).toBe(pagePolicy());
  // The browser loaded it as written.
  const loaded = await ext.worker.evaluate(
    () =>
      (
        globalThis as unknown as {
          chrome: { runtime: { getManifest(): { content_security_policy?: unknown } } };
        }
      ).chrome.runtime.getManifest().content_security_policy,
  );
  expect(loaded).toEqual({ extension_pages: pagePolicy() });
});

test('dashboard, password worker, popup and service worker all work under it', async () => {
  const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await dash.pastWelcome();
  await dash.addAccount('Gmail', 'Main email', 'gmail.com');
  await dash.openAccount('Gmail');
  await dash.step(1).getByRole('button', { name: 'Mark done' }).click();
  await expect(dash.step(1).getByRole('status')).toContainText('Done on');
  // Styles are injected as a <style> element: they must apply.
  const styled = await dash.page.evaluate(
    () => getComputedStyle(document.body).fontFamily !== '' && document.styleSheets.length > 0,
  );
  expect(styled).toBe(true);

  // The strength checker runs in a worker loaded from the package.
  await dash.page.goto(ext.url('dashboard.html#/password'));
  await waitReady(dash.page);
  await dash.page.getByLabel('Password to check').fill('password123');
  await expect(dash.page.locator('#pw-result')).toContainText('Strength: 0 of 4');

  for (const hash of ['#/add', '#/data', '#/help', '#/about', '#/plan']) {
    await dash.page.goto(ext.url(`dashboard.html${hash}`));
    await waitReady(dash.page);
  }
  const popup = await ext.open('popup.html');
  await waitReady(popup);
  await expect(popup.getByRole('heading').first()).toBeVisible();

  // The service worker still answers.
  expect(await ext.worker.evaluate(() => 1 + 1)).toBe(2);

  expect(await violations(dash.page)).toEqual([]);
  expect(await violations(popup)).toEqual([]);
  expect(problems).toEqual([]);
  await popup.close();
  await dash.page.close();
});

test('the policy is enforced: no connection, no outside image, no injected inline script', async () => {
  const page = await ext.open('dashboard.html');
  await waitReady(page);
  const outcome = await page.evaluate(async () => {
    const result: Record<string, string> = {};
    try {
      await fetch('https://example.com/');
      result.fetch = 'sent';
    } catch {
      result.fetch = 'blocked';
    }
    // DevTools' own evaluation is exempt from eval rules, so an image stands in for the rest.
    const img = document.createElement('img');
    img.src = 'https://example.com/pixel.png';
    document.body.append(img);
    await new Promise((resolve) => setTimeout(resolve, 300));
    result.image = img.complete && img.naturalWidth > 0 ? 'loaded' : 'blocked';
    const marker = window as unknown as { injected?: boolean };
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.head.append(script);
    result.inline = marker.injected ? 'ran' : 'blocked';
    return result;
  });
  expect(outcome).toEqual({ fetch: 'blocked', image: 'blocked', inline: 'blocked' });
  const seen = await violations(page);
  expect(seen).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^connect-src/),
      expect.stringMatching(/^script-src/),
      expect.stringMatching(/^img-src https:\/\/example\.com/),
    ]),
  );
  await page.close();
});
