import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIREFOX_TEST_BUILD, launchFirefox, until, type Firefox } from './support/firefox';
import { Dashboard } from './support/lockstep-page';
import { ofType, reloadPage, storedRecords } from './support/stored';

// Issue 30 in Firefox: "Where you are now" on a fresh profile, its answers and the plan's
// "Three things to do first" kept across a reload, and "planning to leave" kept only if ticked.
let ff: Firefox;
let dash: Dashboard;
beforeAll(async () => {
  ff = await launchFirefox({ build: FIREFOX_TEST_BUILD });
  await ff.closeInstallTab();
});
afterAll(() => ff.close());

/** What the "Three things to do first" card lists, in order. */
const things = (dash: Dashboard) =>
  dash.page.evaluate(() =>
    [...document.querySelectorAll('.start-card ol.things > li')].map(
      (li) => (li as HTMLElement).innerText,
    ),
  );

/** The answers a question of the start page shows as picked (its inputs share a name). */
const picked = (dash: Dashboard, name: string) =>
  dash.page.evaluate(
    (n) =>
      [...document.querySelectorAll<HTMLInputElement>(`input[name="${n}"]`)]
        .filter((input) => input.checked)
        .map((input) => input.closest('label')?.textContent?.trim() ?? ''),
    name,
  );

/** Ticks a radio button or checkbox by its label, as a person clicks it. */
async function tick(dash: Dashboard, label: string): Promise<void> {
  await dash.front();
  await (await dash.get('field', label)).click();
}

async function saveStart(dash: Dashboard): Promise<void> {
  await dash.click('button', 'Save and see my plan');
  await dash.waitForHeading('Your reset plan');
  await dash.waitForText('Three things to do first');
}

async function changeAnswers(dash: Dashboard): Promise<void> {
  await dash.click('link', 'Change your answers about where you are now');
  await dash.waitForHeading('Where you are now');
}

test('"Where you are now": a person who has left and fears being found sees location first, after a reload too', async () => {
  dash = new Dashboard(await ff.open('dashboard.html'));
  await dash.pastWelcome();
  // First use: the plan offers the start's questions before any account.
  await dash.waitForText('Start with where you are now');
  await dash.click('link', 'Answer a few questions');
  await dash.waitForHeading('Where you are now');
  await dash.waitForText('Cutting off their access can make them angry or more dangerous.');

  // Two answers; the danger question and "how do they know" are skipped.
  await tick(dash, 'Where I am');
  await tick(dash, 'I have left');
  await saveStart(dash);
  await until(
    async () =>
      (await things(dash))[0]?.includes('Add the apps that can show where you are') === true,
    'the location item first',
  );
  expect((await things(dash))[0]).toContain('You said you have left and worry about being found.');
  expect(ofType(await storedRecords(dash.page), 'start').map((r) => r.value)).toMatchObject([
    { worries: ['location'], living: 'left', knows: [] },
  ]);

  // Reloaded, as F5 would: the card and the answers are still there.
  await reloadPage(dash.page);
  await dash.waitForText('Three things to do first');
  expect((await things(dash))[0]).toContain('Add the apps that can show where you are');
  await changeAnswers(dash);
  expect(await picked(dash, 'start-worries')).toEqual(['Where I am']);
  expect(await picked(dash, 'start-living')).toEqual(['I have left']);
  expect(await picked(dash, 'start-knows')).toEqual([]);
  // "Are you in danger right now?" is never kept: it is back to no answer.
  expect(await picked(dash, 'start-danger')).toEqual(['Skip for now']);
  expect(ff.consoleErrors()).toEqual([]);
  expect(ff.requests()).toEqual([]);
});

test('"I am planning to leave" is forgotten on reload unless the person ticks to keep it', async () => {
  // The same tab, still on "Where you are now".
  await dash.waitForHeading('Where you are now');
  await tick(dash, 'I am planning to leave');
  const keep = await dash.get('field', 'Keep this answer in my plan');
  expect(await keep.evaluate((el) => (el as HTMLInputElement).checked)).toBe(false);
  await saveStart(dash);
  // Held in this tab's memory: the plan still puts writing things down first.
  await dash.waitForText('Write down what happened');
  expect(ofType(await storedRecords(dash.page), 'start')[0]?.value).not.toHaveProperty('living');

  // After a reload the answer is gone: not picked, and nothing of it on the plan (with no
  // account yet and no other reason, the card has no three things, only the way back).
  await reloadPage(dash.page);
  await dash.get('link', 'Change your answers about where you are now');
  expect(await dash.text()).not.toContain('Write down what happened');
  expect(await things(dash)).toEqual([]);
  await changeAnswers(dash);
  expect(await picked(dash, 'start-living')).toEqual(['Skip for now']);
  expect(await picked(dash, 'start-worries')).toEqual(['Where I am']);

  // Ticked to keep: it survives the reload.
  await tick(dash, 'I am planning to leave');
  await tick(dash, 'Keep this answer in my plan');
  await saveStart(dash);
  await dash.waitForText('Write down what happened');
  await reloadPage(dash.page);
  await dash.waitForText('Write down what happened');
  await changeAnswers(dash);
  expect(await picked(dash, 'start-living')).toEqual(['I am planning to leave']);
  expect(ofType(await storedRecords(dash.page), 'start')[0]?.value).toMatchObject({
    living: 'planning',
  });
  expect(ff.consoleErrors()).toEqual([]);
  expect(ff.requests()).toEqual([]);
});
