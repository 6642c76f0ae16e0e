import { expect, test } from 'vitest';
import { FIREFOX_TEST_BUILD, launchFirefox } from './support/firefox';
import { Dashboard } from './support/lockstep-page';

// The test build's fake second language (tests/fixtures/locales/en_XA), never shipped.
test('the language chosen on the first page survives a reload', async () => {
  const ff = await launchFirefox({ build: FIREFOX_TEST_BUILD });
  try {
    await ff.closeInstallTab();
    const dash = new Dashboard(await ff.open('dashboard.html'));
    await dash.waitForHeading('Before you start');
    const field = await dash.get('field', 'Language');
    await field.select('en-XA');
    await dash.waitForHeading('[Béföré ýöû stàrt');

    // Reloaded as a person does (puppeteer's own reload waits on an event Firefox's extension
    // pages do not send over BiDi); the heading is English until the app renders again.
    await dash.page.evaluate(() => location.reload());
    await dash.waitForHeading('[Béföré ýöû stàrt');
    const again = new Dashboard(await ff.open('dashboard.html'));
    await again.waitForHeading('[Béföré ýöû stàrt');
    expect(await dash.page.evaluate(() => document.documentElement.lang)).toBe('en-XA');
    expect(ff.consoleErrors()).toEqual([]);
  } finally {
    await ff.close();
  }
});
