import { afterEach, beforeEach, expect, test } from 'vitest';
import { launchFirefox, until, type Firefox } from './support/firefox';
import { Dashboard, LockstepPage } from './support/lockstep-page';

// Firefox gives private and normal windows separate BroadcastChannels: quick exit, the lock
// and erase reach the other windows' Lockstep pages through runtime messages instead.
let ff: Firefox;
beforeEach(async () => {
  ff = await launchFirefox({ privateWindows: true });
  await ff.closeInstallTab();
});
afterEach(() => ff.close());

const PASSPHRASE = 'orbit violet tundra 42';

test('quick exit in a private window closes the normal windows’ Lockstep tabs too', async () => {
  await ff.open('dashboard.html#/help');
  const priv = new Dashboard(await ff.openPrivate('dashboard.html#/help'));
  expect(await ff.lockstepPages()).toHaveLength(2);
  await priv.click('button', 'Quick exit');
  await until(async () => (await ff.lockstepPages()).length === 0, 'every Lockstep tab closed');
});

test('the lock and erase in a normal window reach a private window’s Lockstep page', async () => {
  const normal = new Dashboard(await ff.open('dashboard.html'));
  await normal.pastWelcome();
  await normal.addAccount('Saved mail', 'Main email');
  // (Opened first: a new tab opens in the window last used, here the private one.)
  const popup = new LockstepPage(await ff.open('popup.html'));
  const priv = new LockstepPage(await ff.openPrivate('dashboard.html#/help'));

  await normal.turnOnLock(PASSPHRASE);
  await normal.click('button', 'Lock');
  // The private page (memory only) has nothing to lock; a normal page opened earlier locks.
  await popup.waitForText('Your plan is locked.');

  await normal.unlock(PASSPHRASE);
  await normal.eraseEverything();
  await priv.waitForText('is erased');
});
