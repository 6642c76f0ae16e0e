import { expect, test, type Page, type Worker } from '@playwright/test';
import { DashboardPage } from './support/dashboard-page';
import {
  closeStartupTabs,
  launchExtension,
  newProfile,
  TEST_BUILD_DIR,
  type Extension,
} from './support/extension';
import { searchProfile } from './support/profile-search';

// Check-ups in the test-only build: its `alarms` and `notifications` are required (a headless
// browser cannot click a permission prompt), and its background honours one test message that
// makes the check-up alarm fire soon (lib/background/checkup-test-seam.ts), as it would at the
// due time. The shipped manifest keeps both optional (manifest.spec.ts).

const PASSPHRASE = 'canary quartz meadow 9137';
const FOUND = 'A forwarding rule reappeared';
const SHOTS = 'test-results';

interface ChromeApi {
  chrome: {
    action: { getBadgeText(details: object): Promise<string> };
    notifications: { getAll(): Promise<Record<string, boolean>> };
    runtime: { sendMessage(message: object): Promise<unknown> };
  };
}

/** The toolbar button's badge text, as the background set it. */
const badge = (worker: Worker) =>
  worker.evaluate(() => (globalThis as unknown as ChromeApi).chrome.action.getBadgeText({}));

/** The test seam: the background moves the due time to a moment from now and sets the alarm. */
async function fireAlarmSoon(page: Page): Promise<void> {
  await page.evaluate(() =>
    (globalThis as unknown as ChromeApi).chrome.runtime.sendMessage({
      type: 'checkup-test-alarm',
    }),
  );
}

async function openCheckUps(dash: DashboardPage): Promise<void> {
  await dash.page.getByRole('link', { name: 'My plan' }).click();
  // The navigation's link (the plan page links check-ups too).
  await dash.page.getByRole('navigation').getByRole('link', { name: 'Check-ups' }).click();
  await expect(dash.page.getByRole('heading', { level: 1, name: 'Check-ups' })).toBeVisible();
}

const dueItems = (page: Page) => page.locator('.checkup-items > li');

let ext: Extension | undefined;
test.afterEach(() => ext?.close().catch(() => undefined));

test('a check-up comes due by its alarm, shows a dot, is done in parts across a restart and is remembered', async () => {
  const profile = newProfile();
  ext = await launchExtension(profile, TEST_BUILD_DIR);
  await closeStartupTabs(ext);
  let dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await dash.pastWelcome();
  await dash.addAccount('Gmail', 'Main email', 'gmail.com');
  // A check-up asks only about what was done: the person marks Gmail's recurring steps done.
  await dash.openAccount('Gmail');
  // Later steps are one row each: the person opens them to see which come back at check-ups.
  const rows = dash.page.getByRole('button', { name: 'Open this step' });
  while ((await rows.count()) > 0) await rows.first().click();
  await dash.page.getByRole('button', { name: 'I’m ready' }).click();
  const recurring = dash.page.locator('.steps > li', {
    hasText: 'Check this again at every check-up.',
  });
  const marked = await recurring.count();
  for (let i = 0; i < marked; i++) {
    await recurring.nth(i).getByRole('button', { name: 'Mark done' }).click();
    await expect(recurring.nth(i).getByRole('status')).toContainText('Done on');
  }
  await openCheckUps(dash);
  await expect(dash.page.getByText('No check-up is planned.')).toBeVisible();
  await dash.page.getByLabel('How often:').selectOption({ label: 'Every month' });
  await expect(dash.page.getByText(/^Next check-up: /)).toBeVisible();
  expect(await badge(ext.worker)).toBe('');
  await expect(dash.page.getByRole('heading', { name: /^To check again/ })).toHaveCount(0);
  await dash.page.screenshot({ path: `${SHOTS}/checkup-rhythm.png`, fullPage: true });

  await fireAlarmSoon(dash.page);
  const worker = ext.worker;
  await expect.poll(() => badge(worker), { timeout: 15_000 }).toBe('•');

  // The person sees the dot and opens Lockstep: what is due, marked "check again".
  await dash.page.reload();
  await dash.ready();
  await expect(dash.page.getByRole('heading', { name: /^To check again: \d+$/ })).toBeVisible();
  const total = await dueItems(dash.page).count();
  expect(total).toBe(marked);
  expect(total).toBeGreaterThan(3);
  await expect(dueItems(dash.page).first()).toContainText('Check again');
  await expect(dash.page.locator('.checkup-account h3').first()).toHaveText('Gmail');
  await dueItems(dash.page).first().getByRole('button', { name: 'Still as I left it' }).click();
  await dueItems(dash.page).first().getByRole('button', { name: 'Still as I left it' }).click();
  const third = dueItems(dash.page).first();
  await third.getByRole('button', { name: 'It changed back' }).click();
  await third.getByLabel('What did you find?').fill(FOUND);
  await dash.page.screenshot({ path: `${SHOTS}/checkup-due.png`, fullPage: true });
  await third.getByRole('button', { name: 'Save, I put it right' }).click();
  await expect(
    dash.page.getByRole('heading', { name: `To check again: ${total - 3}` }),
  ).toBeVisible();
  await expect(dueItems(dash.page)).toHaveCount(total - 3);
  await ext.close();

  // Restarted on the same profile: the rhythm, the dot and the check-up in parts are kept.
  ext = await launchExtension(profile, TEST_BUILD_DIR);
  await closeStartupTabs(ext, false);
  const after = ext.worker;
  await expect.poll(() => badge(after), { timeout: 15_000 }).toBe('•');
  dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await openCheckUps(dash);
  await expect(dash.page.getByLabel('How often:')).toHaveValue('month');
  await expect(dueItems(dash.page)).toHaveCount(total - 3);
  await expect(dash.page.getByText('No check-up is finished yet.')).toBeVisible();

  // The rest, skipped: the check-up ends, and the history keeps what was found.
  for (let left = total - 3; left > 0; left--) {
    await dueItems(dash.page).first().getByRole('button', { name: 'Skip' }).click();
    await expect(dueItems(dash.page)).toHaveCount(left - 1);
  }
  const history = dash.page.getByRole('region', { name: 'Past check-ups' });
  await expect(history.locator('.checkup-history > li')).toHaveCount(1);
  await expect(history.locator('.checkup-history > li')).toContainText(
    `2 still fine, 1 changed back, ${total - 3} skipped.`,
  );
  await expect(history).toContainText(FOUND);
  await expect(
    history.getByRole('img', { name: /Timeline of 1 finished check-ups/ }),
  ).toBeVisible();
  await expect(dash.page.getByRole('heading', { name: /^To check again/ })).toHaveCount(0);
  // Done: the next check-up is one interval away, and the dot is gone.
  await expect.poll(() => badge(after)).toBe('');
  await dash.page.screenshot({ path: `${SHOTS}/checkup-history.png`, fullPage: true });
});

test('while locked the dot still shows and details wait for the unlock; nothing kept in clear names an account', async () => {
  const names = ['Canary Mail 4d2', 'Canary Bank 9a7'];
  const control = 'Canary reminder 5e1'; // the notification text, kept in clear on purpose
  ext = await launchExtension(newProfile(), TEST_BUILD_DIR);
  await closeStartupTabs(ext);
  const page = await ext.open('dashboard.html');
  // Locked before the first account: nothing of the plan is ever written in clear.
  await page.getByRole('button', { name: 'Set a passphrase now' }).click();
  await page.getByLabel('New passphrase').fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(page.getByText('Your plan is locked with your passphrase')).toBeVisible();
  await page.getByRole('button', { name: 'Skip this introduction' }).click();
  const dash = new DashboardPage(page);
  await dash.addAccount(names[0] ?? '', 'Main email', 'canary-mail.example');
  await dash.addAccount(names[1] ?? '', 'Banking and payments');
  // A check-up asks only about what was done: one recurring step of the mail account is marked.
  await dash.openAccount(names[0] ?? '');
  // Later steps are one row each: the person opens them to see which come back at check-ups.
  const rows = page.getByRole('button', { name: 'Open this step' });
  while ((await rows.count()) > 0) await rows.first().click();
  await page.getByRole('button', { name: 'I’m ready' }).click();
  const recurring = page
    .locator('.steps > li', { hasText: 'Check this again at every check-up.' })
    .first();
  await recurring.getByRole('button', { name: 'Mark done' }).click();
  await expect(recurring.getByRole('status')).toContainText('Done on');
  await openCheckUps(dash);
  await page.getByLabel('How often:').selectOption({ label: 'Every 2 weeks' });

  // Notifications: off by default, said plainly, neutral text the person chooses.
  const notify = page.getByLabel('Also show a system notification when a check-up is due');
  await expect(notify).not.toBeChecked();
  await expect(page.getByText('It may still show its own name and icon')).toBeVisible();
  await notify.check();
  const text = page.getByLabel('Notification text:');
  await expect(text).toHaveAttribute('placeholder', 'A reminder');
  await text.fill(control);
  await text.press('Tab');
  await page.screenshot({ path: `${SHOTS}/checkup-notify.png`, fullPage: true });

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
  await fireAlarmSoon(page);
  const worker = ext.worker;
  await expect.poll(() => badge(worker), { timeout: 15_000 }).toBe('•');
  await expect
    .poll(
      () =>
        worker.evaluate(() => (globalThis as unknown as ChromeApi).chrome.notifications.getAll()),
      { timeout: 5_000 },
    )
    .toEqual({ checkup: true });

  // Locked: the check-up page shows the lock screen, no account and no due item.
  const locked = await ext.open('dashboard.html#/checkup');
  await expect(locked.getByLabel('Passphrase', { exact: true })).toBeVisible();
  for (const name of names) await expect(locked.locator('body')).not.toContainText(name);
  await expect(dueItems(locked)).toHaveCount(0);
  await locked.screenshot({ path: `${SHOTS}/checkup-locked.png`, fullPage: true });
  await locked.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await locked.getByRole('button', { name: 'Unlock' }).click();
  await expect(locked.getByRole('heading', { name: /^To check again: \d+$/ })).toBeVisible();
  await expect(locked.locator('.checkup-account h3').first()).toHaveText(names[0] ?? '');
  await dueItems(locked).first().getByRole('button', { name: 'Still as I left it' }).click();
  await page.waitForTimeout(3_000); // the browser saves session state in batches

  await ext.close();
  const hits = searchProfile(ext.profile, [...names, 'canary-mail.example', FOUND, control]);
  expect(hits.some((hit) => hit.canary === control)).toBe(true); // the search really searches
  expect(hits.filter((hit) => hit.canary !== control)).toEqual([]);
});
