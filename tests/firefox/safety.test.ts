import { afterEach, beforeEach, expect, test } from 'vitest';
import { href, launchFirefox, until, type Firefox } from './support/firefox';
import { Dashboard, LockstepPage } from './support/lockstep-page';

// One Firefox per test: each ends by locking, leaving or erasing everything.
let ff: Firefox;
beforeEach(async () => {
  ff = await launchFirefox();
  await ff.closeInstallTab();
});
afterEach(() => ff.close());

const CANARY = 'Canary Credit Union 7d1';
const PASSPHRASE = 'orbit violet tundra 42';

async function planWithCanary(): Promise<Dashboard> {
  const dash = new Dashboard(await ff.open('dashboard.html'));
  await dash.pastWelcome();
  await dash.addAccount(CANARY, 'Banking and payments', 'canary-cu.example');
  return dash;
}

test('lock and unlock: a wrong passphrase is refused, the right one opens the plan', async () => {
  const dash = await planWithCanary();
  await dash.turnOnLock(PASSPHRASE);
  await dash.click('button', 'Lock');
  await dash.waitForHeading('Lockstep is locked');
  expect(await dash.text()).not.toContain(CANARY);

  // A page opened now is locked too.
  const other = new LockstepPage(await ff.open('popup.html'));
  await other.waitForText('Your plan is locked.');
  expect(await other.text()).not.toContain(CANARY);
  await other.page.close();

  await dash.unlock('orbit violet tundra 41');
  await dash.waitForText('did not open your plan');
  await dash.unlock(PASSPHRASE);
  await dash.click('link', 'My plan');
  await until(async () => (await dash.accountNames()).includes(CANARY), 'the plan, unlocked');
  expect(ff.consoleErrors()).toEqual([]);
});

test('quick exit closes every Lockstep tab and leaves a neutral one', async () => {
  const dash = await planWithCanary();
  await ff.open('dashboard.html#/help');
  expect(await ff.lockstepPages()).toHaveLength(2);
  await dash.click('button', 'Quick exit');
  await until(async () => (await ff.lockstepPages()).length === 0, 'every Lockstep tab closed');
  // What is left: the window's first tab and the neutral page quick exit opened.
  const left = await Promise.all((await ff.browser.pages()).map((page) => href(page)));
  expect(left.every((url) => !url.startsWith('moz-extension:'))).toBe(true);
  expect(left.length).toBeGreaterThanOrEqual(2);
});

test('erase everything leaves nothing behind, in any open Lockstep page', async () => {
  const dash = await planWithCanary();
  const other = new LockstepPage(await ff.open('dashboard.html#/plan'));
  await dash.eraseEverything();
  await other.waitForText('is erased');
  expect(await other.text()).not.toContain(CANARY);
  const left = await dash.page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name),
    local: localStorage.length,
    session: sessionStorage.length,
    caches: await caches.keys(),
  }));
  expect(left).toEqual({ databases: [], local: 0, session: 0, caches: [] });
});
