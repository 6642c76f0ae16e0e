import { expect, test } from 'vitest';
import { launchFirefox, newProfile, until } from './support/firefox';
import { Dashboard } from './support/lockstep-page';

test('a plan and its progress survive a Firefox restart on the same profile', async () => {
  const profile = newProfile();
  let ff = await launchFirefox({ profile });
  try {
    await ff.closeInstallTab();
    const dash = new Dashboard(await ff.open('dashboard.html'));
    await dash.pastWelcome();
    await dash.addAccount('My bank', 'Banking and payments', 'bank.example');
    await dash.addAccount('Gmail', 'Main email', 'gmail.com');
    // The plan orders by what recovers what, whatever order they were added in.
    expect(await dash.accountNames()).toEqual(['Gmail', 'My bank']);
    await dash.openAccount('Gmail');
    await dash.markStep(1, 'Mark done');
    await dash.markStep(2, 'Skip for now');
    await until(async () => (await dash.stepText(2)).includes('Skipped on'), 'step 2 skipped');
  } finally {
    await ff.close();
  }

  // Installed for good ('moz:permanent'): no second install, and no install tab this time.
  ff = await launchFirefox({ profile, install: false });
  try {
    const dash = new Dashboard(await ff.open('dashboard.html'));
    // The introduction was seen: it does not come back.
    await dash.waitForHeading('Your reset plan');
    expect(await dash.accountNames()).toEqual(['Gmail', 'My bank']);
    await dash.openAccount('Gmail');
    expect(await dash.stepText(1)).toContain('Done on');
    expect(await dash.stepText(2)).toContain('Skipped on');
    expect(await dash.stepText(3)).toContain('To do');
    expect(ff.consoleErrors()).toEqual([]);
  } finally {
    await ff.close();
  }
});
