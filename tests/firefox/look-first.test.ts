import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefox, until, type Firefox } from './support/firefox';
import { Dashboard, LockstepPage } from './support/lockstep-page';
import { ofType, reloadPage, screenshotPath, storedRecords } from './support/stored';

let ff: Firefox;
beforeAll(async () => {
  ff = await launchFirefox();
  await ff.closeInstallTab();
});
afterAll(() => ff.close());

/** The one sentence above an account's steps: who can still get in, and how. */
const reachText = (dash: Dashboard) =>
  dash.page.evaluate(() => (document.querySelector('.reach') as HTMLElement | null)?.innerText);

test('look first: the other person holds the recovery phone, the path shows, the plan reorders, "later" is never next', async () => {
  const dash = new Dashboard(await ff.open('dashboard.html'));
  await dash.pastWelcome();
  await dash.addAccount('Gmail', 'Main email', 'gmail.com');
  await dash.addAccount('Verizon', 'Phone plan (carrier)');
  await dash.addAccount('My bank', 'Banking and payments');
  expect(await dash.accountNames()).toEqual(['Gmail', 'Verizon', 'My bank']);

  // Gmail, not looked at yet: nothing is claimed about it.
  await dash.openAccount('Gmail');
  expect(await reachText(dash)).toContain('Before you change anything, look first.');
  await dash.click('link', 'Look first');
  await dash.waitForHeading('Look first: Gmail');
  // The lock is offered before the first answer is saved; this journey declines it.
  await dash.waitForText('most private thing');
  await dash.click('button', 'Not now');

  // As a survivor answers: the password is not known to them, but the recovery phone is a line
  // on their phone plan, run by the Verizon account.
  await (await dash.get('field', 'No')).click();
  await dash.click('button', 'Add a phone line');
  await dash.fill('A name for this line', 'My cell');
  await (await dash.get('field', 'Theirs')).click();
  await dash.choose('Which phone company account in your plan runs it?', 'Verizon');
  await dash.click('button', 'Add this line');
  await until(
    async () =>
      (await (
        await dash.get('field', 'Phone line')
      ).evaluate((s) => (s as HTMLSelectElement).value)) !== '',
    'the new line chosen',
  );
  await (await dash.get('field', 'Change it now.', false)).click();
  await dash.click('button', 'Save answers');
  await dash.waitForHeading('Gmail');
  await dash.waitForText(
    'They may still get in: your line “My cell” is on their phone plan or a shared one, then “My cell” gets the codes and resets for Gmail.',
  );
  await dash.page.screenshot({ path: screenshotPath('look-first-path') });

  // The recommended order follows what can reset what: Verizon runs the line that resets Gmail.
  await dash.click('link', 'Back to your plan');
  await dash.waitForHeading('Your reset plan');
  await dash.click('button', 'Use the recommended order');
  await until(
    async () => (await dash.accountNames()).join() === 'Verizon,Gmail,My bank',
    'the plan reordered',
  );

  // Verizon: decided "later", with the person's own note.
  await dash.openAccount('Verizon');
  await dash.click('link', 'Look first');
  await dash.waitForHeading('Look first: Verizon');
  await (await dash.get('field', 'Later.', false)).click();
  await dash.fill('A note for later, if you like (when, or why)', 'after the court date');
  await dash.click('button', 'Save answers');
  await dash.waitForHeading('Verizon');
  await dash.waitForText('Later · after the court date');

  await reloadPage(dash.page);
  await dash.waitForHeading('Verizon');
  expect(await reachText(dash)).toContain('Later · after the court date');
  await dash.click('link', 'Back to your plan');
  await dash.waitForHeading('Your reset plan');
  // It keeps its place, but the next step is Gmail's.
  expect(await dash.accountNames()).toEqual(['Verizon', 'Gmail', 'My bank']);
  await dash.page.screenshot({ path: screenshotPath('look-first-plan'), fullPage: true });
  await dash.waitForText('For: Gmail');

  // The popup shows the plan only when the person asks for it (issue 27).
  await dash.goTo('#/data');
  await (await dash.get('field', 'Show my next step in the toolbar popup')).click();
  await until(
    () =>
      dash.page.evaluate(() =>
        [...document.querySelectorAll('input[type="checkbox"]')].some(
          (box) =>
            (box as HTMLInputElement).checked &&
            box.closest('label')?.textContent?.includes('Show my next step'),
        ),
      ),
    'the popup setting on',
  );
  const popup = new LockstepPage(await ff.open('popup.html'));
  await popup.waitForText('For: Gmail');
  expect(await popup.text()).not.toContain('For: Verizon');

  const records = await storedRecords(dash.page);
  expect(ofType(records, 'phone-line').map((r) => r.value)).toMatchObject([
    { label: 'My cell', owner: 'theirs' },
  ]);
  expect(
    ofType(records, 'decision')
      .map((r) => r.value.choice)
      .sort(),
  ).toEqual(['change-now', 'later']);
  expect(ff.consoleErrors()).toEqual([]);
  expect(ff.requests()).toEqual([]);
});
