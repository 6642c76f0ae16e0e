import { expect, test, type Page } from '@playwright/test';
import {
  closeStartupTabs,
  launchExtension,
  TEST_BUILD_DIR,
  type Extension,
} from './support/extension';

// Journeys as a person walks them: from a fresh profile, using only what is on screen (roles,
// labels, visible text). Nothing is seeded and no state is set by script: every choice is typed,
// picked or clicked. The test-only build is used because choosing a check-up rhythm asks for the
// `alarms` permission, which a headless browser cannot grant by a click (it is required there).
// One browser and one tab for the file; each test goes on from where the one before stopped.

test.describe.configure({ mode: 'serial' });

let ext: Extension;
let page: Page;
test.beforeAll(async () => {
  ext = await launchExtension(undefined, TEST_BUILD_DIR);
  await closeStartupTabs(ext);
  page = await ext.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
});
test.afterAll(() => ext.close());

/** The page as it looks at 1100 px and at 360 px, written to this test's output folder. */
async function shoot(name: string): Promise<void> {
  const info = test.info();
  for (const width of [1100, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: info.outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1100, height: 800 });
}

const nav = (name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });
const accountNames = () => page.locator('.account-list .account-name');

/** Add an account as a person does: type a few letters, pick it from the list, keep the kind. */
async function addFromDirectory(letters: string, pick: RegExp, kind: string): Promise<void> {
  await nav('Add an account').click();
  const box = page.getByRole('combobox', { name: 'Find the site in the directory (optional)' });
  await expect(box).toBeVisible();
  const notNow = page.getByRole('button', { name: 'Not now' });
  if (await notNow.isVisible()) await notNow.click();
  await box.pressSequentially(letters);
  await page.getByRole('option', { name: pick }).first().click();
  await expect(page.getByLabel('Account name')).toHaveValue(/.+/);
  // The kind the pick suggests is the one the person expects.
  await expect(page.getByLabel('What kind of account is it?').locator('option:checked')).toHaveText(
    kind,
  );
  await page.getByRole('button', { name: 'Add to my plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your reset plan' })).toBeVisible();
}

test('a new person builds a five-account plan from the directory and sees it in the recommended order', async () => {
  await page.goto(ext.url('dashboard.html'));
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await shoot('welcome');
  await page.getByRole('button', { name: 'Skip this introduction' }).click();

  await addFromDirectory('whats', /^WhatsApp/, 'Messaging app');
  await addFromDirectory('chas', /^Chase/, 'Banking and payments');
  await addFromDirectory('gmai', /^Gmail/, 'Main email');
  await addFromDirectory('iclou', /iCloud/, 'Device and cloud (Apple, Google, Microsoft)');
  await addFromDirectory('veriz', /^Verizon/, 'Phone plan (carrier)');

  const rows = page.locator('.account-list .account-row');
  await expect(rows).toHaveCount(5);
  await expect(rows.filter({ hasText: 'Gmail' })).toContainText('Main email');
  await expect(rows.filter({ hasText: 'Verizon' })).toContainText('Phone plan (carrier)');
  await expect(rows.filter({ hasText: 'WhatsApp' })).toContainText('Messaging app');
  await expect(rows.filter({ hasText: 'Chase' })).toContainText('Banking and payments');

  await page.getByRole('button', { name: 'Use the recommended order' }).click();
  await expect(accountNames()).toHaveText(['Gmail', 'Verizon', /iCloud/, 'WhatsApp', /Chase/]);
  await expect(page.locator('.next-step')).toContainText('For: Gmail');
  await shoot('plan');
});

/** Issue 26, bug 11: titles clear of borders, no box in a box in a box, no orphan wraps. */
async function expectLookFirstTidy(): Promise<void> {
  await page.getByRole('button', { name: 'Add a phone line' }).click();
  await expect(page.getByLabel('A name for this line')).toBeVisible();
  for (const width of [1100, 360]) {
    await page.setViewportSize({ width, height: 800 });
    for (const name of [/know this password/, /Which email gets/, /What do you want to do/]) {
      const question = page.getByRole('group', { name });
      const [box, title] = [
        await question.boundingBox(),
        await question.locator('legend').first().boundingBox(),
      ];
      // The title starts inside its box, below the border, rather than on it.
      expect(title?.y, `${String(name)} at ${width} px`).toBeGreaterThan((box?.y ?? 0) + 4);
    }
    const boxed = await page
      .locator('.look-question fieldset')
      .evaluateAll(
        (sets) => sets.filter((f) => getComputedStyle(f).borderTopWidth !== '0px').length,
      );
    expect(boxed, `boxes inside a question at ${width} px`).toBe(0);
    const height = async (text: string) =>
      (await page.locator('.decision strong', { hasText: text }).boundingBox())?.height;
    expect(await height('Leave it as it is.'), `at ${width} px`).toBe(await height('Later.'));
  }
  await page.setViewportSize({ width: 1100, height: 800 });
  await shoot('look-first-phone-line');
  await page.locator('.look-question').getByRole('button', { name: 'Cancel' }).click();
}

test('they look first at one account by clicking answers, and see who can still get in', async () => {
  await page.locator('.account-list').getByRole('link', { name: 'Verizon', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verizon' })).toBeVisible();
  const reach = page.locator('.reach');
  await expect(reach).toContainText('Before you change anything, look first.');
  await reach.getByRole('link', { name: 'Look first' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Look first: Verizon' })).toBeVisible();
  const notNow = page.locator('.lock-offer').getByRole('button', { name: 'Not now' });
  if (await notNow.isVisible()) await notNow.click();
  await page
    .getByRole('group', { name: /know this password/ })
    .getByLabel('Yes', { exact: true })
    .check();
  await page.getByLabel('Change it now.').check();
  await expectLookFirstTidy();
  await shoot('look-first');
  await page.getByRole('button', { name: 'Save answers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verizon' })).toBeVisible();
  await expect(reach).toContainText('They may still get in');
  await shoot('account-after-look');
});

test('they work two steps from "Your next step", and the plan counts them', async () => {
  await nav('My plan').click();
  const next = page.locator('.next-step');
  const first = (await next.locator('.next-step-title').textContent()) ?? '';
  await next.getByRole('link', { name: 'Go to this step' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gmail' })).toBeVisible();
  for (const n of [1, 2]) {
    const step = page.locator('.steps > li').nth(n - 1);
    await expect(step).toBeInViewport();
    await step.getByRole('button', { name: 'Mark done' }).click();
    await expect(step.getByRole('status')).toContainText('Done on');
  }
  await shoot('account-steps');
  await nav('My plan').click();
  await expect(next.locator('.next-step-title')).not.toHaveText(first);
  await expect(page.locator('.account-row').filter({ hasText: 'Gmail' })).toContainText(
    /2 of \d+ steps finished/,
  );
  await expect(page.getByText(/^2 of \d+ steps finished \(\d+%\)/)).toBeVisible();
});

test('they find check-ups in the navigation, choose a rhythm and see the next date', async () => {
  await nav('Check-ups').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check-ups' })).toBeVisible();
  await expect(page.getByText('No check-up is planned.')).toBeVisible();
  await page.getByLabel('How often:').selectOption({ label: 'Every month' });
  const due = page.getByText(/^Next check-up: /);
  await expect(due).toBeVisible();
  // A calendar month from today (28 to 31 days), as the page writes dates.
  const day = 24 * 60 * 60 * 1000;
  const dates = [28, 29, 30, 31].map((d) =>
    new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(Date.now() + d * day),
  );
  expect(dates).toContain(((await due.textContent()) ?? '').replace('Next check-up: ', ''));
  await page.reload();
  await expect(page.getByLabel('How often:')).toHaveValue('month');
  await expect(due).not.toContainText('unknown');
  await shoot('checkups');

  await nav('This browser').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shoot('this-browser');
});

test('the quick-exit card leads to its settings, where "weather.com" is taken and a bad address gets our words', async () => {
  await nav('My plan').click();
  const card = page.getByRole('complementary', { name: 'Before you go on: about quick exit' });
  await expect(card).toBeVisible();
  // Nothing is "below" the card on the plan: it names the settings it links to.
  await expect(card).not.toContainText('below');
  await card.getByRole('link', { name: 'Quick exit settings' }).click();
  const exit = page.getByRole('region', { name: 'Quick exit' });
  await expect(exit).toBeInViewport();
  // No lock is set, so there is no "Lock by itself after" to choose.
  await expect(page.getByText('Lock by itself after')).toHaveCount(0);

  const field = exit.getByLabel('Page to leave open after quick exit');
  await field.fill('weather');
  await exit.getByRole('button', { name: 'Save' }).click();
  await expect(exit.getByRole('alert')).toHaveText(
    'That is not a web address Lockstep can open. Type one like weather.com, or leave it empty.',
  );
  await expect(field).toBeFocused();
  await shoot('quick-exit-settings-error');
  await field.fill('weather.com');
  await exit.getByRole('button', { name: 'Save' }).click();
  await expect(exit.getByRole('status')).toHaveText('Saved. Quick exit will open that page.');
  await expect(field).toHaveValue('https://weather.com');
  await page.reload();
  await expect(page.getByLabel('Page to leave open after quick exit')).toHaveValue(
    'https://weather.com',
  );
});

test('an app lookup: a stalkerware match looks unlike "not in the lists", and mSpy’s addresses are folded', async () => {
  await nav('Devices').click();
  await page.getByLabel('App names or package names, one per line').fill('mSpy\nZzqx Notes');
  await page.getByRole('button', { name: 'Look up' }).click();
  const results = page.locator('.lookup-result');
  await expect(results).toHaveCount(2);
  const [match, unknown] = [results.nth(0), results.nth(1)];
  await expect(match).toContainText('On a list as stalkerware or spyware.');
  await expect(unknown).toContainText('Not in the lists.');
  // Told apart by an icon beside the words, not by colour alone.
  const icon = (result: typeof match) => result.locator('.verdict [aria-hidden="true"]');
  await expect(icon(match)).toBeVisible();
  await expect(icon(unknown)).toBeVisible();
  expect(await icon(match).textContent()).not.toBe(await icon(unknown).textContent());
  // The vendor's 46 addresses wait behind a fold; opened, they are text, never links.
  const sites = match.getByText(/^Its vendor’s web addresses \(\d+\)$/);
  await expect(sites).toBeVisible();
  await expect(match.getByText(/mspy\.com/)).toBeHidden();
  await shoot('device-lookup');
  await sites.click();
  await expect(match.getByText(/mspy\.com/)).toBeVisible();
  await expect(match.getByRole('link')).toHaveCount(0);
});

test('a new password for Chase: the site’s rules are said in plain words', async () => {
  await nav('My plan').click();
  await page.locator('.account-list').getByRole('link', { name: 'Chase', exact: true }).click();
  // The new-password step comes later: the person opens it, then its link.
  await page
    .locator('.steps > li', { hasText: 'Set a new password only you know' })
    .getByRole('button', { name: 'Open this step' })
    .click();
  await page.getByRole('link', { name: 'Check or create the new password' }).first().click();
  const rules = page.getByText(/^Made to follow this site’s password rules\./);
  await expect(rules).toContainText('8 to 32 characters.');
  await expect(rules).toContainText('No character more than 2 times in a row.');
  await expect(rules).not.toContainText(/minlength|required:|allowed:/);
  await shoot('password-rules');
});
