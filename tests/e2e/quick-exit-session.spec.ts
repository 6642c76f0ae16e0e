import { expect, test } from '@playwright/test';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension, type Extension } from './support/extension';

/** A name only the plan holds, and a note only the session holds. */
const CANARY = 'Canarybank3319';
const NOTE = 'Advocatenote8841 shelter on Monday';
const PASSPHRASE = 'orbit violet tundra 42';

let ext: Extension;
// Playwright requires a destructuring pattern for the (unused) fixtures argument.
// eslint-disable-next-line no-empty-pattern
test.afterEach(async ({}, info) => {
  if (info.status !== info.expectedStatus)
    for (const [i, page] of ext.context.pages().entries())
      await info
        .attach(`page-${i}`, { body: await page.screenshot(), contentType: 'image/png' })
        .catch(() => undefined);
  await ext.close();
});

/** Everything in `storage.session`, read by the background. */
function sessionArea(): Promise<Record<string, unknown>> {
  return ext.worker.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.session.get(null),
  );
}

/**
 * A page copy the popup kept while the plan was locked, as it waits for the next unlock
 * (lib/evidence/pending-capture.ts). Put there by the background: no test can click the
 * toolbar button, whose click lets the popup copy the page.
 */
const COPY_WORDS = 'Pagecopy5521 his message';
function keepPageCopy(): Promise<void> {
  return ext.worker.evaluate(
    (words) =>
      (
        globalThis as unknown as {
          chrome: { storage: { session: { set(v: object): Promise<void> } } };
        }
      ).chrome.storage.session.set({
        'lockstep-pending-capture': {
          url: 'https://chat.example/',
          title: 'Chat',
          at: Date.now(),
          words,
          dataUrl: 'data:image/png;base64,iVBORw0KGgo=',
        },
      }),
    COPY_WORDS,
  );
}

/** A plan with the lock on, locked, then opened again with the passphrase. */
async function unlockedLockedPlan(): Promise<DashboardPage> {
  const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await dash.pastWelcome();
  await dash.addAccount(CANARY, 'Banking and payments', 'canarybank.example');
  const page = dash.page;
  await page.getByRole('link', { name: 'Safety & data' }).click();
  await page.getByRole('button', { name: 'Set a passphrase' }).click();
  await page.getByLabel('New passphrase').fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(page.getByRole('status')).toContainText('The lock is on');
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  // exact: the page being left also has "Passphrase for the file" and other such labels.
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('link', { name: 'My plan' }).click();
  await expect(dash.accountNames()).toHaveText([CANARY]);
  return dash;
}

test('quick exit ends a running advocate session: no plan in the popup, a new page or storage', async () => {
  test.setTimeout(90_000);
  ext = await launchExtension();
  await closeStartupTabs(ext);
  const dash = await unlockedLockedPlan();
  const page = dash.page;

  // A session from a copy of the plan; the page says from the start what quick exit does.
  await page.getByRole('link', { name: 'Start a session with an advocate' }).click();
  await expect(page.getByText('Quick exit ends the session at once.')).toBeVisible();
  await page.getByRole('button', { name: 'Start with a copy of my saved plan' }).click();
  await expect(page.locator('.session-banner')).toBeVisible();
  await expect(page.getByText('Quick exit ends the session at once.')).toBeVisible();
  await page.getByRole('link', { name: 'Answer the first questions' }).click();
  await page
    .getByRole('group', { name: /legal steps under way/ })
    .getByLabel('Yes')
    .check();
  await page.goto(ext.url('dashboard.html#/plan'));
  await dash.ready();
  await dash.openAccount(CANARY);
  await page.getByLabel('Add a note').fill(NOTE);
  await page.getByRole('button', { name: 'Save the note' }).click();
  await expect(page.getByText(NOTE)).toBeVisible();
  expect(Object.keys(await sessionArea())).toEqual(
    expect.arrayContaining(['lockstep-session', 'lockstep-session-intake']),
  );

  await keepPageCopy();

  // A second session page, then Quick exit on the first: both close.
  const other = await ext.open('dashboard.html#/plan');
  await expect(other.locator('.session-banner')).toBeVisible();
  const closed = Promise.all([page.waitForEvent('close'), other.waitForEvent('close')]);
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await closed;

  const left = await sessionArea();
  expect(left['lockstep-session']).toBeUndefined();
  expect(left['lockstep-session-intake']).toBeUndefined();
  expect(JSON.stringify(left)).not.toContain(CANARY);
  // No trace is left to come back to: not the session, not the waiting page copy. Only the
  // permission holds (names of features, lib/browser/permissions.ts) may stay.
  expect(Object.keys(left).filter((key) => key !== 'permission-holds')).toEqual([]);
  expect(JSON.stringify(left)).not.toContain('Pagecopy5521');

  // Someone who picks up the computer now: the popup and a new page show no plan.
  const popup = await ext.open('popup.html');
  await expect(popup.getByText('Your plan is locked.')).toBeVisible();
  await expect(popup.getByText(CANARY)).toHaveCount(0);
  await popup.close();
  const fresh = await ext.open('dashboard.html#/plan');
  await expect(fresh.getByLabel('Passphrase')).toBeVisible();
  await expect(fresh.locator('.session-banner')).toHaveCount(0);
  await expect(fresh.getByText(CANARY)).toHaveCount(0);
  await expect(fresh.getByText('Advocatenote8841')).toHaveCount(0);
  await fresh.goto(ext.url('dashboard.html#/intake'));
  await expect(fresh.getByText('Advocatenote8841')).toHaveCount(0);
  await expect(fresh.getByRole('group', { name: /legal steps under way/ })).toHaveCount(0);
});
