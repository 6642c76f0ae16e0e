import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Manifest } from '../../lib/evidence/archive-manifest';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension, type Extension } from './support/extension';

/**
 * Issue 34 (2), walked as the person would: a note and an entry with a file, saved as a sealed
 * archive and as a plain zip; the zip unzipped with `unzip` and every file's `sha256sum`
 * matched to manifest.json; the sealed one brought into a fresh profile, where the record
 * checks out. Only extension and blob: requests.
 */

const PASS = 'lantern meadow copper 9';
const NOTE = 'Texts at 2am from a new number';
const IMAGE_TEXT = 'Canarybytes-9e1f screenshot';

let ext: Extension;
const requests: string[] = [];
test.afterEach(() => ext.close().catch(() => undefined));

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function launch() {
  ext = await launchExtension();
  ext.context.on('request', (request) => requests.push(request.url()));
  await closeStartupTabs(ext, true);
  const dash = await new DashboardPage(await ext.open('dashboard.html')).ready();
  await dash.pastWelcome();
  return dash.page;
}

async function addEntry(page: Page, text: string, files: readonly string[] = []) {
  await page.getByLabel('What happened, in your own words').fill(text);
  if (files.length > 0) await page.getByLabel(/^Files/).setInputFiles([...files]);
  await page.getByRole('button', { name: 'Add to the record' }).click();
  await expect(page.getByText('Added to your record.')).toBeVisible();
}

async function save(page: Page, name: string) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the archive' }).click();
  const download = await downloading;
  const file = test.info().outputPath(name);
  await download.saveAs(file);
  await expect(page.getByRole('status')).toContainText('The archive is in your downloads.');
  return { file, suggested: download.suggestedFilename() };
}

test('a record saved sealed and as a zip; the zip matches its manifest, the sealed one comes back', async () => {
  test.setTimeout(240_000);
  const picture = test.info().outputPath('screenshot.png');
  writeFileSync(picture, IMAGE_TEXT);
  const page = await launch();
  await page.getByRole('link', { name: 'Safety & data' }).click();
  await page.getByRole('link', { name: 'Open your record' }).click();
  await addEntry(page, NOTE);
  await addEntry(page, 'The sign-in alert', [picture]);

  await page.getByRole('link', { name: 'Save or bring in an archive of this record' }).click();
  await page.getByLabel('Passphrase for the file').fill(PASS);
  await page.getByLabel('Type the file’s passphrase again').fill(PASS);
  const sealed = await save(page, 'record.sealed');
  expect(sealed.suggested).toMatch(/^record-\d{4}-\d{2}-\d{2}\.sealed$/);
  expect(readFileSync(sealed.file).includes(IMAGE_TEXT)).toBe(false);

  await page.getByLabel(/Seal it with a passphrase/).uncheck();
  await expect(page.getByText('Anyone who gets this file can open it.')).toBeVisible();
  const plain = await save(page, 'record.zip');
  expect(plain.suggested).toMatch(/^record-\d{4}-\d{2}-\d{2}\.zip$/);
  const folder = test.info().outputPath('unzipped');
  execFileSync('unzip', ['-q', plain.file, '-d', folder]);
  const manifestText = readFileSync(`${folder}/manifest.json`, 'utf8');
  writeFileSync(test.info().outputPath('manifest.json'), manifestText);
  const manifest = JSON.parse(manifestText) as Manifest;
  expect(manifest.entries).toHaveLength(2);
  expect(manifest.chain.holds).toBe(true);
  expect(manifest.files).toHaveLength(1);
  for (const file of manifest.files) {
    const summed = execFileSync('sha256sum', [`${folder}/${file.path}`], { encoding: 'utf8' });
    expect(summed.split(' ')[0]).toBe(file.sha256);
    expect(sha256(Buffer.from(IMAGE_TEXT))).toBe(file.sha256);
  }
  expect(readFileSync(`${folder}/report.html`, 'utf8')).toContain(NOTE);
  const id = ext.id;
  await ext.close();

  const fresh = await launch();
  await fresh.goto(ext.url('dashboard.html#/evidence-archive'));
  await fresh.getByLabel('Archive file').setInputFiles(sealed.file);
  await fresh.getByLabel('The archive’s passphrase').fill(PASS);
  await fresh.getByRole('button', { name: 'Check and bring in' }).click();
  await expect(fresh.getByRole('status')).toContainText('2 entries were brought in.');
  await fresh.getByRole('link', { name: 'Open your record' }).click();
  await expect(fresh.getByText(NOTE)).toBeVisible();
  await expect(fresh.getByText(`SHA-256: ${manifest.files[0]!.sha256}`)).toBeVisible();
  await fresh.getByRole('button', { name: 'Check this record' }).click();
  await expect(
    fresh.getByRole('status').filter({ hasText: 'Every entry checks out' }),
  ).toContainText('2 entries, 0 removed');

  const ids = [id, ext.id];
  const outside = requests.filter(
    (url) =>
      !ids.some(
        (x) =>
          url.startsWith(`chrome-extension://${x}/`) ||
          url.startsWith(`blob:chrome-extension://${x}/`),
      ),
  );
  expect(outside).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
});
