import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { FIREFOX_TEST_BUILD, launchFirefox, newProfile, until } from './support/firefox';
import { Dashboard } from './support/lockstep-page';
import { downloaded, downloadsFolder, ofType, reloadPage, storedRecords } from './support/stored';

// Issue 33 in Firefox: an entry of the record of what happened, with a small file, kept across a
// Firefox restart on the same profile, with the file's SHA-256 still shown.

const NOTE = 'He sent a text at 9 pm saying he knew where I parked.';
const FILE_NAME = 'screenshot.png';
/** A 1×1 PNG: small, and an image, so the page can show it again from the kept bytes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

/** A small file on disk for the file picker, in a gitignored folder of the project. */
function smallFile(): { path: string; sha256: string } {
  const root = resolve('.cache/firefox-evidence');
  mkdirSync(root, { recursive: true });
  const path = join(mkdtempSync(join(root, 'f-')), FILE_NAME);
  writeFileSync(path, PNG);
  return { path, sha256: createHash('sha256').update(PNG).digest('hex') };
}

/** From the plan to the record, by its link on Safety & data. */
async function openRecord(dash: Dashboard): Promise<void> {
  await dash.click('link', 'Safety & data');
  await dash.click('link', 'Open your record');
  await dash.waitForHeading('Your record of what happened');
}

test('a note with a small file and its SHA-256 survive a Firefox restart', async () => {
  const file = smallFile();
  const profile = newProfile();
  let ff = await launchFirefox({ profile, build: FIREFOX_TEST_BUILD });
  try {
    await ff.closeInstallTab();
    const dash = new Dashboard(await ff.open('dashboard.html'));
    await dash.pastWelcome();
    await openRecord(dash);
    await dash.waitForText('No entries yet.');
    // Files can be kept in this browser: the memory-only warning is not shown.
    expect(await dash.text()).not.toContain('This browser does not let Lockstep keep data here');

    // An entry with no words is refused, and says why.
    await dash.click('button', 'Add to the record');
    await dash.waitForText('Write what happened first.');
    await dash.fill('What happened, in your own words', NOTE);
    const picker = await dash.get('field', 'Files (screenshots, photos, PDFs, saved chats)');
    await (picker as ElementHandle<HTMLInputElement>).uploadFile(file.path);
    await dash.click('button', 'Add to the record');
    await dash.waitForText('Added to your record.');
    await dash.waitForText('Entry 1');
    await dash.waitForText(NOTE);
    await dash.waitForText(`SHA-256: ${file.sha256}`);
    expect(await dash.text()).toContain(FILE_NAME);
    expect(ff.consoleErrors()).toEqual([]);
    expect(ff.requests()).toEqual([]);
  } finally {
    await ff.close();
  }

  // The same profile, Lockstep installed for good: no second install.
  ff = await launchFirefox({ profile, install: false });
  try {
    const dash = new Dashboard(await ff.open('dashboard.html'));
    await dash.waitForHeading('Your reset plan');
    await openRecord(dash);
    await dash.waitForText('Entry 1');
    const shown = await dash.text();
    expect(shown).toContain(NOTE);
    expect(shown).toContain(FILE_NAME);
    expect(shown).toContain(`SHA-256: ${file.sha256}`);
    expect(shown).not.toContain('No entries yet.');
    // The kept bytes: the image shows when asked, and the chain still checks out.
    await dash.click('button', `Show ${FILE_NAME}`);
    await until(
      () =>
        dash.page.evaluate(() => {
          const img = document.querySelector<HTMLImageElement>('img.evidence-thumb');
          return img !== null && img.complete && img.naturalWidth === 1;
        }),
      'the kept image on screen',
    );
    await dash.click('button', 'Check this record');
    await dash.waitForText('Every entry checks out: 1 entries, 0 removed.');
    const [entry] = ofType(await storedRecords(dash.page), 'evidence');
    expect(entry?.value).toMatchObject({
      seq: 1,
      text: NOTE,
      files: [{ name: FILE_NAME, sha256: file.sha256 }],
    });
    expect(ff.consoleErrors()).toEqual([]);
    expect(ff.requests()).toEqual([]);
  } finally {
    await ff.close();
  }
});

// Issue 34 in Firefox: the sealed archive saved to the downloads folder, everything erased, and
// the archive brought back into the empty record, every fingerprint and the chain checked.
test('a sealed archive is saved and brought back into an empty record', async () => {
  const file = smallFile();
  const downloads = downloadsFolder();
  const ff = await launchFirefox({ prefs: downloads.prefs });
  const PASS = 'firefox archive words here';
  try {
    await ff.closeInstallTab();
    const dash = new Dashboard(await ff.open('dashboard.html'));
    await dash.pastWelcome();
    await openRecord(dash);
    await dash.fill('What happened, in your own words', NOTE);
    const picker = await dash.get('field', 'Files (screenshots, photos, PDFs, saved chats)');
    await (picker as ElementHandle<HTMLInputElement>).uploadFile(file.path);
    await dash.click('button', 'Add to the record');
    await dash.waitForText(`SHA-256: ${file.sha256}`);

    await dash.click('link', 'Save or bring in an archive of this record');
    await dash.fill('Passphrase for the file', PASS);
    await dash.fill('Type the file’s passphrase again', PASS);
    await dash.click('button', 'Save the archive');
    await dash.waitForText('The archive is in your downloads.');
    const archive = await downloaded(downloads.dir, 1);
    expect(archive).toMatch(/record-\d{4}-\d{2}-\d{2}\.sealed$/);
    expect(readFileSync(archive).includes(NOTE)).toBe(false); // sealed: the words do not show

    // The archive page has no header: erase from Safety & data, as the person would.
    await dash.goTo('#/data');
    await dash.click('button', 'Erase everything…');
    await dash.click('button', 'Yes, erase everything');
    await dash.waitForText('is erased');
    await reloadPage(dash.page);
    await dash.goTo('#/evidence-archive');
    const input = await dash.get('field', 'Archive file');
    await (input as ElementHandle<HTMLInputElement>).uploadFile(archive);
    await dash.fill('The archive’s passphrase', PASS);
    await dash.click('button', 'Check and bring in');
    await dash.waitForText('1 entries were brought in.');
    await dash.goTo('#/evidence');
    await dash.waitForText(NOTE);
    await dash.waitForText(`SHA-256: ${file.sha256}`);
    await dash.click('button', 'Check this record');
    await dash.waitForText('Every entry checks out: 1 entries, 0 removed.');
    const [entry] = ofType(await storedRecords(dash.page), 'evidence');
    expect(entry?.value).toMatchObject({ text: NOTE, files: [{ sha256: file.sha256 }] });
    expect(ff.consoleErrors()).toEqual([]);
    expect(ff.requests()).toEqual([]);
  } finally {
    await ff.close();
  }
});
