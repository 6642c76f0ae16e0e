import { expect, test } from '@playwright/test';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension, waitReady } from './support/extension';
import { rawIndexedDb } from './support/storage';

const CANARY_PASSWORD = 'CanaryPw-7f3e!Zq9';
const CANARY_WORD = 'Canaryword-b4d2';

test('the password tools store nothing: not in IndexedDB, storage or any other page', async () => {
  const ext = await launchExtension();
  await closeStartupTabs(ext);
  const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await dash.pastWelcome();
  await dash.addAccount('Work mail', 'Other email', 'example.com');
  const other = await ext.open('dashboard.html#/plan');
  await waitReady(other);

  await dash.openAccount('Work mail');
  // The new-password step comes later: the person opens it, then its link.
  await dash.page
    .locator('.steps > li', { hasText: 'Set a new password only you know' })
    .getByRole('button', { name: 'Open this step' })
    .click();
  await dash.page.getByRole('link', { name: 'Check or create the new password' }).click();
  await expect(
    dash.page.getByRole('heading', { name: 'A new password for Work mail' }),
  ).toBeVisible();

  const input = dash.page.getByLabel('Password to check');
  // Not a login form: nothing to submit, and nothing the browser may save or restore.
  await expect(input).toHaveAttribute('autocomplete', 'off');
  expect(await dash.page.locator('form #pw-input').count()).toBe(0);

  await input.pressSequentially(CANARY_PASSWORD, { delay: 10 });
  await expect(dash.page.locator('#pw-result')).toContainText(/Strength: \d of 4/);
  await dash.page.getByLabel('Words the other person knows (optional)').fill(CANARY_WORD);
  await input.fill('password123');
  await expect(dash.page.locator('#pw-result')).toContainText('Strength: 0 of 4');
  await expect(dash.page.locator('#pw-result')).toContainText('very common password');

  const phrase = dash.page.getByLabel('Passphrase', { exact: true });
  const first = await phrase.inputValue();
  expect(first.split('-')).toHaveLength(6);
  await dash.page.getByRole('button', { name: 'Another passphrase' }).click();
  await expect(phrase).not.toHaveValue(first);
  await dash.page.getByRole('button', { name: 'Copy passphrase' }).click();

  // Give any (wrong) write a chance to land, then look everywhere.
  await dash.page.waitForTimeout(1_000);
  const stored = await rawIndexedDb(other);
  const pages = await Promise.all(
    ext.context
      .pages()
      .filter((p) => p !== dash.page && p.url().startsWith('chrome-extension://'))
      .map((p) => p.content()),
  );
  const areas = await other.evaluate(() => ({
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
  }));
  const workerStorage = await ext.worker.evaluate(async () => {
    const api = (
      globalThis as unknown as { chrome: { storage?: { local: { get(): Promise<unknown> } } } }
    ).chrome;
    return api.storage ? JSON.stringify(await api.storage.local.get()) : 'no storage permission';
  });
  const everything = [stored, ...pages, areas.local, areas.session, workerStorage].join('\n');
  expect(stored).toContain('Work mail'); // the reader really reads
  for (const canary of [CANARY_PASSWORD, CANARY_WORD, 'password123', first])
    expect(everything).not.toContain(canary);
  await ext.close();
});
