import type { ElementHandle } from 'puppeteer-core';
import { afterEach, expect, test } from 'vitest';
import { searchProfile } from '../e2e/support/profile-search';
import {
  FIREFOX_TEST_BUILD,
  launchFirefox,
  newProfile,
  until,
  type Firefox,
} from './support/firefox';
import { Dashboard } from './support/lockstep-page';

// Check-ups in Firefox's test-only build: `alarms` and `notifications` are required there (no
// prompt can be clicked), and the background honours one test message that makes the check-up
// alarm fire soon (lib/background/checkup-test-seam.ts). Firefox keeps no alarm across a
// restart, so the restart here shows the background setting it and the dot again at start.

const FOUND = 'A forwarding rule reappeared';
const PASSPHRASE = 'orbit violet tundra 42';

interface FirefoxApi {
  browser: {
    browserAction: { getBadgeText(details: object): Promise<string> };
    runtime: { sendMessage(message: object): Promise<unknown> };
  };
}

let ff: Firefox | undefined;
afterEach(async () => {
  await ff?.close().catch(() => undefined);
  ff = undefined;
});

const badge = (dash: Dashboard) =>
  dash.page.evaluate(() =>
    (globalThis as unknown as FirefoxApi).browser.browserAction.getBadgeText({}),
  );

/** The test seam: the background moves the due time to a moment from now and sets the alarm. */
const fireAlarmSoon = (dash: Dashboard) =>
  dash.page.evaluate(() =>
    (globalThis as unknown as FirefoxApi).browser.runtime.sendMessage({
      type: 'checkup-test-alarm',
    }),
  );

/** The account page's later steps shown as one row each (1-based), to open as a person does. */
const rowSteps = (dash: Dashboard) =>
  dash.page.evaluate(() =>
    [...document.querySelectorAll('.steps > li')].flatMap((li, i) =>
      li.classList.contains('step-row') ? [i + 1] : [],
    ),
  );

const dueCount = (dash: Dashboard) =>
  dash.page.evaluate(() => document.querySelectorAll('.checkup-items > li').length);

/** Clicks a button of the first item still due, as a person does. */
async function answerFirst(dash: Dashboard, button: string): Promise<void> {
  await dash.front();
  const handle = await dash.page.evaluateHandle(
    (name) =>
      [...(document.querySelector('.checkup-items > li')?.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent?.trim() === name,
      ) ?? null,
    button,
  );
  const el = handle.asElement() as ElementHandle<Element> | null;
  if (!el) throw new Error(`The first due item has no "${button}" button`);
  await el.click();
}

async function openCheckUps(dash: Dashboard): Promise<void> {
  await dash.click('link', 'My plan');
  await dash.click('link', 'Check-ups');
  await dash.waitForHeading('Check-ups');
}

test('a check-up comes due by its alarm, shows a dot, is done in parts across a restart and is remembered', async () => {
  const profile = newProfile();
  ff = await launchFirefox({ profile, build: FIREFOX_TEST_BUILD });
  await ff.closeInstallTab();
  let dash = new Dashboard(await ff.open('dashboard.html'));
  await dash.pastWelcome();
  await dash.addAccount('Gmail', 'Main email', 'gmail.com');
  // A check-up asks only about what was done: the person marks Gmail's recurring steps done.
  await dash.openAccount('Gmail');
  // Later steps are one row each: the person opens them to see which come back at check-ups.
  for (const n of await rowSteps(dash)) await dash.markStep(n, 'Open this step');
  await dash.click('button', 'I’m ready');
  const recurring = await dash.page.evaluate(() =>
    [...document.querySelectorAll('.steps > li')].flatMap((li, i) =>
      li.textContent?.includes('Check this again at every check-up.') ? [i + 1] : [],
    ),
  );
  for (const n of recurring) await dash.markStep(n, 'Mark done');
  await until(
    () =>
      dash.page
        .evaluate(() => document.querySelectorAll('.steps > li.step-done').length)
        .then((done) => done === recurring.length),
    'the recurring steps marked done',
  );
  await openCheckUps(dash);
  await dash.waitForText('No check-up is planned.');
  await dash.choose('How often:', 'Every month');
  await dash.waitForText('Next check-up: ');
  expect(await badge(dash)).toBe('');

  await fireAlarmSoon(dash);
  const first = dash;
  await until(async () => (await badge(first)) === '•', 'the dot on the toolbar button');

  // The person sees the dot and opens Lockstep (the seam moved the due time behind the page).
  await dash.page.evaluate(() => location.reload());
  await until(
    () => dash.page.evaluate(() => performance.getEntriesByName('ready').length > 0),
    'the page, reloaded',
  );
  await dash.waitForText(/To check again: \d+/);
  const total = await dueCount(dash);
  expect(total).toBe(recurring.length);
  expect(total).toBeGreaterThan(3);
  expect(await dash.text()).toContain('Check again');
  expect(
    await dash.page.evaluate(() => document.querySelector('.checkup-account h3')?.textContent),
  ).toBe('Gmail');
  await answerFirst(dash, 'Still as I left it');
  await until(async () => (await dueCount(first)) === total - 1, 'one item confirmed');
  await answerFirst(dash, 'Still as I left it');
  await until(async () => (await dueCount(first)) === total - 2, 'two items confirmed');
  await answerFirst(dash, 'It changed back');
  await dash.fill('What did you find?', FOUND);
  await dash.click('button', 'Save, I put it right');
  await dash.waitForText(`To check again: ${total - 3}`);
  await ff.close();

  // Restarted on the same profile: the rhythm, the dot and the check-up in parts are kept.
  ff = await launchFirefox({ profile, install: false });
  dash = new Dashboard(await ff.open('dashboard.html#/checkup'));
  await dash.waitForHeading('Check-ups');
  const again = dash;
  await until(async () => (await badge(again)) === '•', 'the dot, after the restart');
  expect(await dash.page.evaluate(() => document.querySelector('select')?.value)).toBe('month');
  expect(await dueCount(dash)).toBe(total - 3);

  for (let left = total - 3; left > 0; left--) {
    await answerFirst(dash, 'Skip');
    await until(async () => (await dueCount(again)) === left - 1, `${left - 1} items left`);
  }
  await dash.waitForText('Past check-ups');
  const text = await dash.text();
  expect(text).toContain(`2 still fine, 1 changed back, ${total - 3} skipped.`);
  expect(text).toContain(FOUND);
  await until(async () => (await badge(again)) === '', 'no dot once the check-up is done');
  expect(ff.consoleErrors()).toEqual([]);
});

test('while locked the dot still shows and details wait for the unlock; nothing kept in clear names an account', async () => {
  const names = ['Canary Mail 4d2', 'Canary Bank 9a7'];
  const control = 'Canary reminder 5e1'; // the notification text, kept in clear on purpose
  ff = await launchFirefox({ build: FIREFOX_TEST_BUILD });
  await ff.closeInstallTab();
  const dash = new Dashboard(await ff.open('dashboard.html'));
  await dash.pastWelcome();
  // Locked before the first account: nothing of the plan is ever written in clear.
  await dash.turnOnLock(PASSPHRASE);
  await dash.click('link', 'My plan');
  for (const name of names) await dash.addAccount(name, 'Main email');
  // A check-up asks only about what was done: one recurring step of the first account is marked.
  await dash.openAccount(names[0] ?? '');
  // Later steps are one row each: the person opens them to see which come back at check-ups.
  for (const n of await rowSteps(dash)) await dash.markStep(n, 'Open this step');
  await dash.click('button', 'I’m ready');
  const [first] = await dash.page.evaluate(() =>
    [...document.querySelectorAll('.steps > li')].flatMap((li, i) =>
      li.textContent?.includes('Check this again at every check-up.') ? [i + 1] : [],
    ),
  );
  await dash.markStep(first ?? 1, 'Mark done');
  await until(
    () => dash.page.evaluate(() => document.querySelectorAll('.steps > li.step-done').length === 1),
    'the recurring step marked done',
  );
  await openCheckUps(dash);
  await dash.choose('How often:', 'Every 2 weeks');
  await dash.front();
  await (await dash.get('field', 'Also show a system notification when a check-up is due')).click();
  await dash.fill('Notification text:', control);
  await dash.page.keyboard.press('Tab');
  await until(
    () => dash.page.evaluate(() => document.activeElement?.id !== 'checkup-notify-text'),
    'the text saved',
  );

  await dash.click('button', 'Lock');
  await dash.waitForHeading('Lockstep is locked');
  await fireAlarmSoon(dash);
  await until(async () => (await badge(dash)) === '•', 'the dot, while locked');
  await ff.navigate(dash.page, ff.url('dashboard.html#/checkup'));
  await dash.waitForHeading('Lockstep is locked');
  for (const name of names) expect(await dash.text()).not.toContain(name);
  expect(await dueCount(dash)).toBe(0);

  await dash.unlock(PASSPHRASE);
  await dash.waitForText(/To check again: \d+/);
  await until(
    async () =>
      (await dash.page.evaluate(
        () => document.querySelector('.checkup-account h3')?.textContent,
      )) === names[0],
    'the first account heading after the unlock',
  );
  await answerFirst(dash, 'Still as I left it');
  await new Promise((done) => setTimeout(done, 2_000)); // Firefox writes session state in batches

  const profile = ff.profile;
  await ff.close();
  ff = undefined;
  const hits = searchProfile(profile, [...names, control]);
  expect(hits.some((hit) => hit.canary === control)).toBe(true); // the search really searches
  expect(hits.filter((hit) => hit.canary !== control)).toEqual([]);
});
