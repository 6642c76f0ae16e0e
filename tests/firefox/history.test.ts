import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { launchFirefox, ORIGIN, until } from './support/firefox';
import { Dashboard } from './support/lockstep-page';

/** What Firefox's history database (places.sqlite and its journal) holds, as text. */
function placesFiles(profile: string): string {
  return readdirSync(profile)
    .filter((name) => name.startsWith('places.sqlite'))
    .map((name) => readFileSync(join(profile, name)).toString('latin1'))
    .join('\n');
}

test('Firefox keeps no history of Lockstep’s pages, and Lockstep offers no clean-up for it', async () => {
  const ff = await launchFirefox();
  const { profile } = ff;
  try {
    await ff.closeInstallTab();
    const dash = new Dashboard(await ff.open('dashboard.html'));
    await dash.pastWelcome();
    for (const hash of ['#/add', '#/help', '#/data']) await dash.goTo(hash);
    await ff.navigate(dash.page, ff.url('dashboard.html#/about'));
    // Nothing to clean up, so no history permission is asked for: the box is not there.
    await dash.goTo('#/data');
    await dash.waitForText('Firefox does not keep Lockstep’s pages in its history');
    expect(await dash.has('field', 'Also remove Lockstep’s pages from the browser’s history')).toBe(
      false,
    );
    // A control: an ordinary page's visit is kept.
    const page = await ff.browser.newPage();
    await ff.navigate(page, 'http://lockstep-control.test/visited');
    await until(() => ff.requests().length > 0, 'the control visit');
    await new Promise((done) => setTimeout(done, 1_000));
  } finally {
    await ff.close();
  }
  const places = placesFiles(profile);
  expect(places).toContain('lockstep-control.test/visited');
  expect(places).not.toContain(ORIGIN.slice(0, -1));
  expect(places).not.toContain('moz-extension://');
});
