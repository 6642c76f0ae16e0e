import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { launchFirefox, newProfile, until } from './support/firefox';
import { Dashboard } from './support/lockstep-page';
import {
  downloaded,
  downloadsFolder,
  ofType,
  reloadPage,
  screenshotPath,
  storedRecords,
  type StoredRecord,
} from './support/stored';

const ACCOUNT = 'Signal';
const LINE = 'My cell';
/** What the summary above Signal's steps says once the look is saved (a line on my own plan). */
const NOT_KNOWN = 'Who can still get in is not known yet.';

/** The new records of the plan, without the order they were read in. */
const sorted = (records: readonly StoredRecord[]) =>
  [...records].sort((a, b) => `${a.type}/${a.id}`.localeCompare(`${b.type}/${b.id}`));

/** Signal's page shows its marks, its saved look and the summary of who can still get in. */
async function expectSignalKept(dash: Dashboard): Promise<void> {
  await dash.openAccount(ACCOUNT);
  expect(await dash.stepText(1)).toContain('Done on');
  expect(await dash.stepText(2)).toContain('Done on');
  expect(await dash.stepText(3)).toContain('Marked not applicable');
  expect(await dash.stepText(4)).toContain('To do');
  await dash.waitForText(NOT_KNOWN);
  // The look is saved: the page offers to change the answers, not to start them.
  expect(await dash.has('link', 'Change your answers')).toBe(true);
}

test('a messaging app worked through keeps its marks, history and answers over reload, restart, export and import', async () => {
  const profile = newProfile();
  let ff = await launchFirefox({ profile });
  let before: StoredRecord[];
  try {
    await ff.closeInstallTab();
    const dash = new Dashboard(await ff.open('dashboard.html'));
    await dash.pastWelcome();
    await dash.addAccount(ACCOUNT, 'Messaging app');
    await dash.openAccount(ACCOUNT);
    // A kind added with the clinic review: document first, then the new password.
    expect(await dash.stepText(1)).toContain('screenshots');
    await dash.markStep(1, 'Mark done');
    await dash.markStep(2, 'Mark done');
    // Step 3 opens the sitting: no "skip" there once the person is ready.
    await dash.click('button', 'I’m ready');
    await dash.markStep(3, 'Not applicable');
    await until(async () => (await dash.stepText(3)).includes('not applicable'), 'step 3 n/a');

    // Look first: the password is not known to them; the recovery phone is a line of my own.
    await dash.click('link', 'Look first');
    await dash.waitForHeading(`Look first: ${ACCOUNT}`);
    if (await dash.has('button', 'Not now')) await dash.click('button', 'Not now');
    await (await dash.get('field', 'No')).click();
    await dash.click('button', 'Add a phone line');
    await dash.fill('A name for this line', LINE);
    await (await dash.get('field', 'Mine alone')).click();
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
    await dash.waitForHeading(ACCOUNT);
    await dash.waitForText(NOT_KNOWN);

    await reloadPage(dash.page);
    await dash.waitForHeading(ACCOUNT);
    await dash.click('link', 'Back to your plan');
    await dash.waitForHeading('Your reset plan');
    await expectSignalKept(dash);

    before = sorted(await storedRecords(dash.page));
    // Three marks, three events of the step history; one line, one look, one decision.
    const events = ofType(before, 'step-event').map((r) => [r.value.stepId, r.value.status]);
    expect(events.map(([, status]) => status).sort()).toEqual(['done', 'done', 'na']);
    expect(ofType(before, 'phone-line').map((r) => r.value.label)).toEqual([LINE]);
    expect(ofType(before, 'assessment')[0]?.value).toMatchObject({ knowsPassword: 'no' });
    expect(ofType(before, 'decision')[0]?.value).toMatchObject({ choice: 'change-now' });
    expect(ff.consoleErrors()).toEqual([]);
    expect(ff.requests()).toEqual([]);
  } finally {
    await ff.close();
  }

  // Restart on the same profile (installed for good, so no second install), with a downloads
  // folder for the export.
  const downloads = downloadsFolder();
  ff = await launchFirefox({ profile, install: false, prefs: downloads.prefs });
  try {
    const dash = new Dashboard(await ff.open('dashboard.html'));
    await dash.waitForHeading('Your reset plan');
    await expectSignalKept(dash);
    expect(sorted(await storedRecords(dash.page))).toEqual(before);

    // Export in the clear, erase everything, import the file into the empty plan.
    await dash.goTo('#/data');
    const protect = await dash.get('field', 'Protect the file with a passphrase (recommended)');
    if (await protect.evaluate((box) => (box as HTMLInputElement).checked)) await protect.click();
    await dash.click('button', 'Download the file');
    await dash.waitForText('Your plan was saved in your downloads.');
    const file = await downloaded(downloads.dir, 1);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as {
      plan: { records: StoredRecord[] };
    };
    expect(sorted(exported.plan.records)).toEqual(before);

    await dash.eraseEverything();
    await reloadPage(dash.page);
    await dash.waitForHeading();
    expect(await storedRecords(dash.page)).toEqual([]);
    const input = await dash.get('field', 'Choose a Lockstep file');
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
    await dash.waitForText(/The file holds 1 accounts and \d+ finished steps/);
    // A plain file: anyone could have written it, so it is used only once ticked.
    await (
      await dash.get('field', 'I know where this file came from, and I want to use it')
    ).click();
    await dash.click('button', 'Import');
    await dash.waitForText('Your plan now has 1 accounts');
    expect(sorted(await storedRecords(dash.page))).toEqual(before);

    await dash.goTo('#/plan');
    await dash.pastWelcome();
    await expectSignalKept(dash);
    await dash.page.screenshot({ path: screenshotPath('new-kind-imported'), fullPage: true });
    expect(ff.consoleErrors()).toEqual([]);
    expect(ff.requests()).toEqual([]);
  } finally {
    await ff.close();
  }
});
