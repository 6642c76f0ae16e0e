import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension, type Extension } from './support/extension';
import { searchProfile } from './support/profile-search';

/**
 * Issue 33, walked as the person would: a note and two files added to the record with the lock
 * on, then reload, unlock, "Check this record", print the report (each file's SHA-256 on the
 * paper matches the one computed here), and erase. Someone holding the profile's files finds
 * no canary (the note, the file's name, the file's bytes) after the lock and after the erase,
 * and no request leaves the extension, with a blob: picture shown.
 */

const PASS = 'harbor pencil lilac 7391';
const NOTE = 'Canarynote-3f9c texts at 2am from a new number';
const PLAIN_NOTE = 'Written before the lock was on';
const IMAGE_NAME = 'Canaryfile-81d2.png';
const IMAGE_BYTES = 'Canarybytes-5a7e';
const TEXT_BYTES = 'Canarychat-c04b saved chat';
const CANARIES = ['Canarynote-3f9c', 'Canaryfile-81d2', IMAGE_BYTES, 'Canarychat-c04b'];
// A 1×1 PNG; the canary rides after its end (browsers ignore trailing bytes).
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

let ext: Extension;
const requests: string[] = [];
test.afterEach(() => ext.close().catch(() => undefined));

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const settle = (page: Page) => page.waitForTimeout(3_000); // the browser saves session state in batches

async function launch(profile?: string) {
  ext = await launchExtension(profile);
  ext.context.on('request', (request) => requests.push(request.url()));
  await closeStartupTabs(ext, profile === undefined);
}

/** The two files, written into the test's output folder as the person's own files. */
function writeFiles() {
  const image = Buffer.concat([Buffer.from(PNG, 'base64'), Buffer.from(IMAGE_BYTES)]);
  const text = Buffer.from(`${TEXT_BYTES}\n`);
  const imagePath = test.info().outputPath(IMAGE_NAME);
  const textPath = test.info().outputPath('chat.txt');
  writeFileSync(imagePath, image);
  writeFileSync(textPath, text);
  return { paths: [imagePath, textPath], digests: [sha256(image), sha256(text)] };
}

/** The page as Chromium prints it (CDP's printToPDF), read with poppler's pdftotext. */
async function printedText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { data } = await cdp.send('Page.printToPDF', { displayHeaderFooter: true });
  await cdp.detach();
  const file = test.info().outputPath('record.pdf');
  writeFileSync(file, Buffer.from(data, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

async function addNote(page: Page, text: string, files: readonly string[] = []) {
  await page.getByLabel('What happened, in your own words').fill(text);
  if (files.length > 0) await page.getByLabel(/^Files/).setInputFiles([...files]);
  await page.getByRole('button', { name: 'Add to the record' }).click();
  await expect(page.getByText('Added to your record.')).toBeVisible();
}

async function showImage(page: Page) {
  await page.getByRole('button', { name: `Show ${IMAGE_NAME}` }).click();
  const image = page.getByRole('img', { name: IMAGE_NAME });
  await expect(image).toHaveAttribute('src', /^blob:chrome-extension:/);
  await expect.poll(() => image.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(1);
}

test('a note and two files: locked, reopened, checked, printed with their SHA-256, erased', async () => {
  test.setTimeout(240_000);
  const { paths, digests } = writeFiles();
  await launch();
  const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await dash.pastWelcome();
  const page = dash.page;
  await page.getByRole('link', { name: 'Safety & data' }).click();
  await page.getByRole('link', { name: 'Open your record' }).click();
  await addNote(page, PLAIN_NOTE); // lock off: unsigned until the lock goes on

  await page.getByRole('link', { name: 'Safety & data' }).click();
  await page.getByRole('button', { name: 'Set a passphrase' }).click();
  await page.getByLabel('New passphrase').fill(PASS);
  await page.getByLabel('Type it again').fill(PASS);
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The lock is on' })).toBeVisible();

  await page.getByRole('link', { name: 'Open your record' }).click();
  await addNote(page, NOTE, paths);
  await expect(page.getByText(NOTE)).toBeVisible();
  for (const digest of digests) await expect(page.getByText(`SHA-256: ${digest}`)).toBeVisible();
  await showImage(page);
  await settle(page);
  await page.close();
  await ext.close();
  expect(searchProfile(ext.profile, CANARIES), 'after the lock').toEqual([]);

  await launch(ext.profile);
  const again = await ext.open('dashboard.html#/evidence');
  await again.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await again.getByRole('button', { name: 'Unlock' }).click();
  await expect(again.getByText(NOTE)).toBeVisible();
  await again.getByRole('button', { name: 'Check this record' }).click();
  const status = again.getByRole('status').filter({ hasText: 'Every entry checks out' });
  await expect(status).toContainText('2 entries, 0 removed');
  await expect(status).toContainText('2 entries were also checked with your passphrase.');
  await expect(status).toContainText('It may help; ask an advocate or a lawyer');
  await showImage(again);

  await again.getByRole('link', { name: 'Print this record' }).click();
  await expect(again.getByTestId('evidence-report')).toContainText(NOTE);
  const paper = await printedText(again);
  writeFileSync(test.info().outputPath('record.txt'), paper);
  const flat = paper.replace(/\s+/g, '');
  for (const digest of digests) expect(flat).toContain(`SHA-256:${digest}`);
  expect(paper).toContain(IMAGE_NAME);
  expect(paper).toContain('sha256sum');

  await again.goto(ext.url('dashboard.html#/data'));
  await again.getByRole('button', { name: 'Erase everything…' }).click();
  await again.getByRole('button', { name: 'Yes, erase everything' }).click();
  await expect(again.getByText('is erased')).toBeVisible();
  await settle(again);
  await ext.close();
  expect(searchProfile(ext.profile, CANARIES), 'after the erase').toEqual([]);

  const outside = requests.filter(
    (url) =>
      !url.startsWith(`chrome-extension://${ext.id}/`) &&
      !url.startsWith(`blob:chrome-extension://${ext.id}/`),
  );
  expect(outside).toEqual([]);
  expect(requests.length).toBeGreaterThan(0); // the recorder really recorded
});
