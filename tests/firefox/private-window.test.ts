import { afterEach, expect, test } from 'vitest';
import { launchFirefox, type Firefox } from './support/firefox';
import { Dashboard, LockstepPage } from './support/lockstep-page';

let ff: Firefox;
afterEach(() => ff.close());

test('in a private window Lockstep runs in memory only, says so, and keeps the saved plan apart', async () => {
  ff = await launchFirefox({ privateWindows: true });
  await ff.closeInstallTab();
  const normal = new Dashboard(await ff.open('dashboard.html'));
  await normal.pastWelcome();
  await normal.addAccount('Saved mail', 'Main email');

  const priv = new Dashboard(await ff.openPrivate('dashboard.html'));
  await priv.waitForText('This window cannot save your plan.');
  await priv.pastWelcome();
  // The private window's plan starts empty: the normal profile's plan is not there.
  expect(await priv.accountNames()).toEqual([]);
  await priv.addAccount('Private mail', 'Main email');
  expect(await priv.accountNames()).toEqual(['Private mail']);

  await ff.navigate(normal.page, ff.url('dashboard.html'));
  await normal.waitForHeading('Your reset plan');
  expect(await normal.accountNames()).toEqual(['Saved mail']);
  expect(ff.consoleErrors()).toEqual([]);
});

test('not allowed in private windows, a Lockstep page says why instead of staying blank', async () => {
  // "Never remember history": every window is private, and Lockstep is not allowed in them.
  ff = await launchFirefox({ prefs: { 'browser.privatebrowsing.autostart': true } });
  const page = await ff.browser.newPage();
  await ff.navigate(page, ff.url('dashboard.html'), { ready: false });
  const note = new LockstepPage(page);
  await note.waitForText('This page cannot open in a private window.');
  expect(await note.text()).toContain('set Run in Private Windows to Allow.');
  await page.screenshot({ path: '.cache/firefox-private-note.png' });
});
