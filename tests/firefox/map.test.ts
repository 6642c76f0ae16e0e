import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefox, until, type Firefox } from './support/firefox';
import { Dashboard } from './support/lockstep-page';
import { screenshotPath } from './support/stored';

// Issue 35 in Firefox: the map of a small plan draws its boxes, lists the same links as text,
// and opens an account from the keyboard.
let ff: Firefox;
beforeAll(async () => {
  ff = await launchFirefox();
  await ff.closeInstallTab();
});
afterAll(() => ff.close());

/** The map's boxes, by the name each link is read by. */
const boxes = (dash: Dashboard) =>
  dash.page.evaluate(() =>
    [...document.querySelectorAll('svg.map-svg a')].map(
      (a) => a.getAttribute('aria-label') ?? a.textContent?.trim() ?? '',
    ),
  );

/** The map as a list, item by item. */
const listed = (dash: Dashboard) =>
  dash.page.evaluate(() =>
    [...document.querySelectorAll('ul.map-list > li')].map((li) => (li as HTMLElement).innerText),
  );

/** Picks the account in "Which email gets its password resets?" (other questions have one too). */
async function chooseResetEmail(dash: Dashboard, name: string): Promise<void> {
  const select = await dash.page.evaluateHandle(() =>
    [...document.querySelectorAll('fieldset')]
      .find((f) => f.querySelector('legend')?.textContent?.includes('password resets'))
      ?.querySelector('select'),
  );
  const el = select.asElement();
  if (!el) throw new Error('No select for the reset email');
  const value = await el.evaluate(
    (s, text) =>
      [...(s as HTMLSelectElement).options].find((o) => o.textContent?.trim() === text)?.value,
    name,
  );
  await (el as import('puppeteer-core').ElementHandle<HTMLSelectElement>).select(value ?? '');
}

test('the map draws a small plan’s boxes and its list, and opens an account from the keyboard', async () => {
  const dash = new Dashboard(await ff.open('dashboard.html'));
  await dash.pastWelcome();
  await dash.addAccount('Gmail', 'Main email');
  await dash.addAccount('My bank', 'Banking and payments');

  // My bank's password resets go to Gmail; they do not know its password.
  await dash.openAccount('My bank');
  await dash.click('link', 'Look first');
  await dash.waitForHeading('Look first: My bank');
  if (await dash.has('button', 'Not now')) await dash.click('button', 'Not now');
  await (await dash.get('field', 'No')).click();
  await chooseResetEmail(dash, 'Gmail');
  await dash.click('button', 'Save answers');
  await dash.waitForHeading('My bank');

  await dash.click('link', 'See the map of who can get in');
  await dash.waitForHeading('Map of who can get in');
  await until(async () => (await boxes(dash)).length > 0, 'the map drawn');
  expect((await boxes(dash)).sort()).toEqual(['Gmail', 'My bank', 'The other person'].sort());
  expect(await listed(dash)).toEqual(['Gmail is the recovery email of My bank']);
  await dash.page.screenshot({ path: screenshotPath('map-firefox') });

  // From the keyboard: focus the bank's box and press Enter.
  await dash.front();
  // An SVG link: puppeteer's focus() takes HTML elements only, so the page focuses it.
  await dash.page.evaluate(() =>
    [...document.querySelectorAll<SVGAElement>('svg.map-svg a')]
      .find((a) => (a.getAttribute('aria-label') ?? a.textContent?.trim()) === 'My bank')
      ?.focus(),
  );
  await dash.page.keyboard.press('Enter');
  await dash.waitForHeading('My bank');
  expect(await dash.has('heading', 'Who can still get in')).toBe(true);
  expect(ff.consoleErrors()).toEqual([]);
  expect(ff.requests()).toEqual([]);
});
