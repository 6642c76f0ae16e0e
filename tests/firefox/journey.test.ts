import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefox, until, type Firefox } from './support/firefox';
import { Dashboard } from './support/lockstep-page';

// Issue 26's journey in Firefox: a plan built as a person builds it, by typing a few letters
// and picking the site from the directory's list, never by choosing the kind for them.
let ff: Firefox;
beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(() => ff.close());

/** Types a few letters in the directory box, picks the first option that starts with `pick`. */
async function addFromDirectory(dash: Dashboard, letters: string, pick: string): Promise<string> {
  await dash.click('link', 'Add an account');
  await dash.get('field', 'Account name');
  if (await dash.has('button', 'Not now')) await dash.click('button', 'Not now');
  await dash.fill('Find the site in the directory (optional)', letters);
  let option = null as Awaited<ReturnType<Dashboard['get']>> | null;
  await until(async () => {
    const handle = await dash.page.evaluateHandle(
      (name) =>
        [...document.querySelectorAll('[role="option"]')].find((el) =>
          el.textContent?.trim().startsWith(name),
        ) ?? null,
      pick,
    );
    option = handle.asElement() as typeof option;
    return option !== null;
  }, `"${pick}" in the directory's list`);
  // A real click, as a person picks it (the list answers the mouse press).
  await option?.click();
  await until(
    () =>
      dash.page.evaluate(
        () => (document.querySelector('#account-name') as HTMLInputElement | null)?.value !== '',
      ),
    'the picked name in the form',
  );
  const kind = await dash.page.evaluate(() => {
    const select = document.querySelector<HTMLSelectElement>('#account-kind');
    return select?.selectedOptions[0]?.textContent?.trim() ?? '';
  });
  await dash.click('button', 'Add to my plan');
  await dash.waitForHeading('Your reset plan');
  return kind;
}

test('a plan built from the directory picker gets the right kinds and the recommended order', async () => {
  await ff.closeInstallTab();
  const dash = new Dashboard(await ff.open('dashboard.html'));
  await dash.pastWelcome();
  expect(await addFromDirectory(dash, 'whats', 'WhatsApp')).toBe('Messaging app');
  expect(await addFromDirectory(dash, 'veriz', 'Verizon')).toBe('Phone plan (carrier)');
  expect(await addFromDirectory(dash, 'gmai', 'Gmail')).toBe('Main email');
  await until(async () => (await dash.accountNames()).length === 3, 'three accounts');
  await dash.click('button', 'Use the recommended order');
  await until(
    async () => (await dash.accountNames()).join(' / ') === 'Gmail / Verizon / WhatsApp',
    'Gmail, then Verizon, then WhatsApp',
  );
  await dash.waitForText('For: Gmail');
  expect(ff.consoleErrors()).toEqual([]);
  expect(ff.requests()).toEqual([]);
});
