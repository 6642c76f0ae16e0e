import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DashboardPage } from './support/dashboard-page';
import { closeStartupTabs, launchExtension, type Extension } from './support/extension';

/**
 * Issue 33's leftovers, walked as the person would (lock off): a finding written down in one
 * click (the entry is stored linked to it); a photo's copy without its hidden details (a new
 * entry, the original's digest unchanged); pictures in the printout only when chosen.
 */

let ext: Extension;
test.beforeAll(async () => {
  ext = await launchExtension();
  await closeStartupTabs(ext);
});
test.afterAll(() => ext.close());

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
// tests/fixtures/photo-with-exif.jpg: JFIF APP0 (20 bytes with SOI), then a 54-byte EXIF APP1.
const PHOTO = resolve('tests/fixtures/photo-with-exif.jpg');

async function openDashboard(): Promise<Page> {
  const dash = await new DashboardPage(await ext.open('dashboard.html#/plan')).ready();
  await dash.pastWelcome();
  return dash.page;
}

/** The evidence entries as stored (the lock is off: the plain records store). */
const storedEntries = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ seq: number; links: { findings: string[] }; files: { sha256: string }[] }[]>(
        (done) => {
          const req = indexedDB.open('lockstep');
          req.onsuccess = () => {
            const all = req.result.transaction('records').objectStore('records').getAll();
            all.onsuccess = () =>
              done(all.result.filter((r) => r.type === 'evidence').map((r) => r.value));
          };
        },
      ),
  );

test('a kept finding is written down in one click, linked to it', async () => {
  const page = await openDashboard();
  await page.getByRole('link', { name: 'Devices' }).click();
  await page.getByLabel('App names or package names, one per line').fill('com.mspy.lite');
  await page.getByRole('button', { name: 'Look up' }).click();
  await page.getByRole('button', { name: 'Save as a finding: com.mspy.lite' }).click();
  await page.getByRole('link', { name: 'Write this down: com.mspy.lite' }).click();

  await expect(
    page.getByText('This entry will be linked to what you found: com.mspy.lite'),
  ).toBeVisible();
  await page.getByLabel('What happened, in your own words').fill('Found this app on my phone.');
  await page.getByRole('button', { name: 'Add to the record' }).click();
  await expect(page.getByText('Added to your record.')).toBeVisible();
  const [entry] = await storedEntries(page);
  expect(entry?.links.findings).toHaveLength(1);
  expect(entry?.links.findings[0]).toMatch(/\S/);
  await page.close();
});

test("a photo's copy without hidden details, and pictures printed only when chosen", async () => {
  const page = await openDashboard();
  await page.goto(page.url().replace(/#.*$/, '#/evidence'));
  const original = readFileSync(PHOTO);
  const stripped = Buffer.concat([original.subarray(0, 20), original.subarray(20 + 54)]);
  await page.getByLabel('What happened, in your own words').fill('The photo they sent.');
  await page.getByLabel(/^Files/).setInputFiles(PHOTO);
  await page.getByRole('button', { name: 'Add to the record' }).click();
  await expect(page.getByText(`SHA-256: ${sha256(original)}`)).toBeVisible();

  await page
    .getByRole('button', {
      name: "Keep a copy without the photo's hidden details (place, time, camera): photo-with-exif.jpg",
    })
    .click();
  await expect(page.getByText('The copy was added as a new entry.')).toBeVisible();
  await expect(
    page.getByText('photo-with-exif (no hidden details).jpg', { exact: true }),
  ).toBeVisible();
  await expect(page.getByText(`SHA-256: ${sha256(stripped)}`)).toBeVisible();
  await expect(page.getByText(`SHA-256: ${sha256(original)}`).first()).toBeVisible();
  const files = (await storedEntries(page)).flatMap((e) => e.files.map((f) => f.sha256));
  expect(files).toEqual(expect.arrayContaining([sha256(original), sha256(stripped)]));

  await page.getByRole('link', { name: 'Print this record' }).click();
  const report = page.getByTestId('evidence-report');
  await expect(report).toContainText('photo-with-exif.jpg');
  const choice = page.getByLabel('Show pictures in the printout');
  await expect(choice).not.toBeChecked();
  await expect(report.getByRole('img')).toHaveCount(0);
  await choice.check();
  await expect(report.getByRole('img', { name: 'photo-with-exif.jpg' })).toBeVisible();
  await expect(report.getByRole('img')).toHaveCount(2);
  await choice.uncheck();
  await expect(report.getByRole('img')).toHaveCount(0);
  await page.close();
});
