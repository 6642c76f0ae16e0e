import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefox, until, waitReady, type Firefox } from './support/firefox';
import { Dashboard } from './support/lockstep-page';

/** A name only the session ever holds. */
const CANARY = 'Canarybank7781';
const SHOTS = resolve('test-results/firefox');

let ff: Firefox;
beforeAll(async () => {
  ff = await launchFirefox();
  await ff.closeInstallTab();
});
afterAll(() => ff.close());

/** Whether the page shows the session banner. */
const hasBanner = (page: Page) =>
  page.evaluate(() => document.querySelector('.session-banner')?.checkVisibility() ?? false);

/** The print view's take-away, as text ('' while it is not on screen). */
const takeAway = (page: Page) =>
  page.evaluate(
    () => (document.querySelector('[data-testid="take-away"]') as HTMLElement | null)?.innerText,
  );

/** Everything Lockstep keeps in `storage.session`, read by a Lockstep page. */
const sessionStorage = (page: Page) =>
  page.evaluate(() =>
    (
      globalThis as unknown as {
        browser: { storage: { session: { get(k: null): Promise<object> } } };
      }
    ).browser.storage.session.get(null),
  );

/** Reloads a Lockstep page and waits for the new document's `ready` mark. */
async function reload(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { beforeReload: boolean }).beforeReload = true;
    location.reload();
  });
  await until(
    () =>
      page.evaluate(
        () =>
          !(window as unknown as { beforeReload?: boolean }).beforeReload &&
          performance.getEntriesByName('ready').length > 0,
      ),
    'the reloaded page',
  );
}

test('an advocate session survives a reload, prints without names, and ending it leaves nothing', async () => {
  mkdirSync(SHOTS, { recursive: true });
  const dash = new Dashboard(await ff.open('dashboard.html'));
  await dash.pastWelcome();
  await dash.addAccount('Gmail', 'Main email', 'gmail.com');
  const saved = await dash.accountNames();
  expect(await sessionStorage(dash.page)).toEqual({});

  // Start from a copy of the saved plan: the page reloads into the session.
  await dash.click('link', 'Start a session with an advocate');
  await dash.click('button', 'Start with a copy of my saved plan');
  await until(() => hasBanner(dash.page), 'the session banner');
  await dash.waitForHeading('Session with an advocate');
  expect(await dash.text()).toContain('A session with an advocate');
  expect(Object.keys(await sessionStorage(dash.page))).toEqual(['lockstep-session']);

  await dash.goTo('#/plan');
  await dash.addAccount(CANARY, 'Banking and payments', 'canarybank.example');
  expect((await dash.accountNames()).sort()).toEqual([CANARY, 'Gmail']);

  // A reload loses nothing, and the page is still in the session.
  await reload(dash.page);
  await dash.waitForHeading('Your reset plan');
  expect((await dash.accountNames()).sort()).toEqual([CANARY, 'Gmail']);
  expect(await hasBanner(dash.page)).toBe(true);

  // The print view: kinds only by default, names once chosen.
  await dash.page.evaluate(() => {
    location.hash = '#/session-print';
  });
  await until(async () => ((await takeAway(dash.page)) ?? '').includes('Banking'), 'the take-away');
  expect(await takeAway(dash.page)).not.toContain(CANARY);
  expect(await dash.page.evaluate(() => document.title)).toBe('Notes');
  await dash.front();
  await (await dash.get('field', 'Show account and site names')).click();
  await until(async () => ((await takeAway(dash.page)) ?? '').includes(CANARY), 'the names');
  const named = (await takeAway(dash.page)) ?? '';
  for (const name of [CANARY, 'canarybank.example', 'Gmail', 'gmail.com'])
    expect(named).toContain(name);
  await dash.page.screenshot({ path: `${SHOTS}/advocate-print-named.png`, fullPage: true });
  await dash.front();
  await (await dash.get('field', 'Show account and site names')).click();
  await until(
    async () => !((await takeAway(dash.page)) ?? CANARY).includes(CANARY),
    'the names left out',
  );
  const bare = (await takeAway(dash.page)) ?? '';
  for (const name of [CANARY, 'canarybank.example', 'Gmail', 'gmail.com'])
    expect(bare).not.toContain(name);
  expect(bare).toContain('Banking');
  await dash.page.screenshot({ path: `${SHOTS}/advocate-print-bare.png`, fullPage: true });

  // Another tab of the session closes when the session ends.
  const other = new Dashboard(await ff.open('dashboard.html#/plan'));
  await until(() => hasBanner(other.page), 'the banner in the other tab');
  expect(await ff.lockstepPages()).toHaveLength(2);

  await dash.goTo('#/session');
  await dash.click('button', 'End the session');
  // Ending asks first: keep the session's work in the saved plan, or discard it (here: discard).
  await dash.click('button', 'Discard the changes');
  await dash.click('button', 'Yes, discard them and end the session');
  await until(async () => (await ff.lockstepPages()).length === 1, 'the other session tab closed');
  await waitReady(dash.page);
  // The page says which happened, then the person goes back to their plan.
  await dash.waitForText('Its changes were discarded');
  await dash.goTo('#/plan');
  await dash.waitForHeading('Your reset plan');
  await until(async () => !(await hasBanner(dash.page)), 'the banner gone');

  // The saved plan is as it was, and the browser's memory holds nothing of the session.
  expect(await dash.accountNames()).toEqual(saved);
  expect(await sessionStorage(dash.page)).toEqual({});
  expect(await dash.text()).not.toContain(CANARY);

  expect(ff.consoleErrors()).toEqual([]);
  expect(ff.requests()).toEqual([]);
});

test('quick exit ends a running session: its keys leave storage.session, no page shows its plan', async () => {
  const dash = new Dashboard(await ff.open('dashboard.html#/plan'));
  await dash.waitForHeading('Your reset plan');
  const saved = await dash.accountNames();
  await dash.click('link', 'Start a session with an advocate');
  await dash.waitForText('Quick exit ends the session at once.');
  await dash.click('button', 'Start with a copy of my saved plan');
  await until(() => hasBanner(dash.page), 'the session banner');
  await dash.goTo('#/plan');
  await dash.addAccount(CANARY, 'Banking and payments', 'canarybank.example');
  const other = new Dashboard(await ff.open('dashboard.html#/plan'));
  await until(() => hasBanner(other.page), 'the banner in the other tab');

  await dash.front();
  await dash.click('button', 'Quick exit');
  await until(async () => (await ff.lockstepPages()).length === 0, 'every Lockstep tab closed');

  const popup = new Dashboard(await ff.open('popup.html'));
  await popup.ready();
  expect(await sessionStorage(popup.page)).toEqual({});
  expect(await popup.text()).not.toContain(CANARY);
  const fresh = new Dashboard(await ff.open('dashboard.html#/plan'));
  await fresh.waitForHeading('Your reset plan');
  expect(await hasBanner(fresh.page)).toBe(false);
  expect(await fresh.accountNames()).toEqual(saved);
  expect(await fresh.text()).not.toContain(CANARY);
  expect(ff.requests()).toEqual([]);
});
