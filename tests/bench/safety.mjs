/**
 * Export, import and unlock, timed inside the page by the app's own `performance.measure`
 * entries (`lockstep:*`), on the dashboard seeded with 300 accounts.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const lastMeasure = (page, name) =>
  page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? NaN, name);

async function openData(ext) {
  const page = await ext.context.newPage();
  await page.goto(ext.url('dashboard.html#/data'));
  await page.waitForFunction(() => performance.getEntriesByName('ready').length > 0);
  return page;
}

/** Plain exports of the whole plan; returns the times and one exported file's path. */
export async function timeExport(ext, runs) {
  const page = await openData(ext);
  await page.getByLabel('Protect the file with a passphrase (recommended)').uncheck();
  const times = [];
  const file = resolve('.cache/bench/plan-300.json');
  mkdirSync(resolve('.cache/bench'), { recursive: true });
  for (let i = 0; i < runs; i++) {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the file' }).click();
    const download = await downloading;
    if (i === 0) await download.saveAs(file);
    times.push(await lastMeasure(page, 'lockstep:export'));
  }
  await page.close();
  return { times, file };
}

/** Imports of that file (read and validate, then replace the plan in one transaction). */
export async function timeImport(ext, file, runs) {
  const page = await openData(ext);
  const times = [];
  for (let i = 0; i < runs; i++) {
    await page.getByLabel('Choose a Lockstep file').setInputFiles(file);
    await page.getByLabel('Replace my plan with the file').check();
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('button', { name: 'Yes, replace my plan' }).click();
    await page.getByText('Your plan now has').waitFor();
    times.push(
      (await lastMeasure(page, 'lockstep:import-read')) +
        (await lastMeasure(page, 'lockstep:import-apply')),
    );
    await page.getByLabel('Choose a Lockstep file').setInputFiles([]);
  }
  await page.close();
  return times;
}

/** Turns the lock on, then locks and unlocks: passphrase to plan on screen, in the page. */
export async function timeUnlock(ext, runs) {
  const page = await openData(ext);
  const pass = 'bench lock words here';
  await page.getByRole('button', { name: 'Set a passphrase' }).click();
  await page.getByLabel('New passphrase').fill(pass);
  await page.getByLabel('Type it again').fill(pass);
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByText('The lock is on. Remember').waitFor();
  const times = [];
  for (let i = 0; i < runs; i++) {
    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill(pass);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { name: 'Safety and your data' }).waitFor();
    times.push(await lastMeasure(page, 'lockstep:unlock'));
  }
  await page.getByRole('button', { name: 'Turn the lock off' }).click();
  await page.getByText('The lock is off. Your plan').waitFor();
  await page.close();
  return times;
}
