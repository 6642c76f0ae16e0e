import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefox, until, waitReady, type Firefox } from './support/firefox';
import { Dashboard, LockstepPage } from './support/lockstep-page';

let ff: Firefox;
beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(() => ff.close());

test('first use: every page works with no console error and no request leaving Lockstep', async () => {
  // The dashboard opens itself on install.
  await ff.closeInstallTab();
  const dash = new Dashboard(await ff.open('dashboard.html'));
  await dash.waitForHeading('your safety comes first');
  await dash.pastWelcome();
  await dash.addAccount('Gmail', 'Main email', 'gmail.com');
  await dash.addAccount('My bank', 'Banking and payments');
  await dash.openAccount('Gmail');
  await dash.markStep(1, 'Mark done');
  await until(async () => (await dash.stepText(1)).includes('Done on'), 'step 1 done');
  for (const hash of ['#/add', '#/data', '#/help', '#/about', '#/welcome', '#/plan']) {
    await dash.goTo(hash);
  }
  // The directory and the popup (opened in a tab, as about:addons' "Preferences" would).
  // With the lock off the popup says nothing of the plan unless asked (issue 27).
  const popup = new LockstepPage(await ff.open('popup.html'));
  await popup.waitForText('Open Lockstep');
  expect(await popup.text()).not.toContain('Gmail');

  // The static private-window note in the HTML is gone once the app mounts.
  for (const { page } of [dash, popup])
    expect(await page.evaluate(() => document.querySelector('.private-window-note'))).toBeNull();
  expect(ff.consoleErrors()).toEqual([]);
  expect(ff.requests()).toEqual([]);
});

test('the recorders record: a page request reaches the proxy, a console error reaches stdout', async () => {
  const page = await ff.browser.newPage();
  await ff.navigate(page, 'http://lockstep-control.test/');
  await until(() => ff.requests().length > 0, 'the control request');
  expect(ff.requests()).toContain('GET http://lockstep-control.test/');

  const lockstep = await ff.open('dashboard.html#/help');
  await waitReady(lockstep);
  await lockstep.evaluate(() => console.error('lockstep-control-error'));
  await until(() => ff.consoleErrors().length > 0, 'the control error');
  expect(ff.consoleErrors().join('\n')).toContain('lockstep-control-error');
});
