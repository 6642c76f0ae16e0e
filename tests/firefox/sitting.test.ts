import { expect, test } from 'vitest';
import { launchFirefox, until } from './support/firefox';
import { Dashboard } from './support/lockstep-page';

/** Issue 31: a sitting's place is kept with the plan, so a reload in Firefox resumes it. */
test('a sitting survives a reload in Firefox', async () => {
  const ff = await launchFirefox();
  try {
    await ff.closeInstallTab();
    const dash = new Dashboard(await ff.open('dashboard.html'));
    await dash.pastWelcome();
    await dash.addAccount('Gmail', 'Main email', 'gmail.com');
    await dash.openAccount('Gmail');
    await dash.markStep(1, 'Mark done');
    await dash.markStep(2, 'Mark done');
    await until(async () => (await dash.stepText(3)).includes('I’m ready'), 'the ready screen');
    await dash.markStep(3, 'I’m ready');
    await until(async () => (await dash.stepText(3)).includes('Mark done'), 'step 3 open');
    await dash.markStep(3, 'Mark done');
    await until(async () => (await dash.stepText(3)).includes('Done on'), 'step 3 done');

    // The page loaded again (puppeteer's reload of a moz-extension page never settles).
    await dash.page.close();
    const again = new Dashboard(await ff.open('dashboard.html'));
    await again.openAccount('Gmail');
    await until(async () => (await again.stepText(4)).includes('Mark done'), 'step 4 open');
    expect(await again.stepText(3)).toContain('Done on');
    expect(await again.stepText(3)).not.toContain('Signing in may itself alert them');
    expect(await again.stepText(4)).not.toContain('Skip for now');
    expect(ff.consoleErrors()).toEqual([]);
  } finally {
    await ff.close();
  }
});
