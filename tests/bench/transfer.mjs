/**
 * Export and import of the whole plan (300 seeded accounts with their progress), timed inside
 * the data page by the app's own `performance.measure` entries:
 * - `lockstep:export`: from the click to the file handed to the downloads (plain file);
 * - `lockstep:import-read` + `lockstep:import-apply`: from the file picked to the plan checked,
 *   then from "Yes, replace my plan" to the new plan written in one transaction.
 * The person's reading and clicking in between is not counted.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { median } from './figures.mjs';
import { lastMeasure, openPage } from './measure.mjs';

const MIN_RUNS = 10;

/**
 * One page per export: from one page, Chromium (here, 2026-11) starts no eleventh download, so
 * the eleventh run would wait forever.
 */
async function timeExport(ext, runs, file) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const page = await openPage(ext, 'dashboard.html#/data');
    await page.getByLabel('Protect the file with a passphrase (recommended)').uncheck();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the file' }).click();
    const download = await downloading;
    if (i === 0) await download.saveAs(file);
    await page.getByText('Your plan was saved in your downloads').waitFor();
    times.push(await lastMeasure(page, 'lockstep:export'));
    await page.close();
  }
  return times;
}

async function timeImport(page, runs, file) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    await page.getByLabel('Choose a Lockstep file').setInputFiles(file);
    await page.getByLabel('Replace my plan with the file').check();
    // A plain file (as exported here) needs the person's tick before it is used.
    await page.getByLabel('I know where this file came from, and I want to use it').check();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('button', { name: 'Yes, replace my plan' }).click();
    await page.getByText('Imported. Your plan now has 300 accounts.').waitFor();
    times.push(
      (await lastMeasure(page, 'lockstep:import-read')) +
        (await lastMeasure(page, 'lockstep:import-apply')),
    );
  }
  return times;
}

/**
 * `export_ms_300_accounts` and `import_ms_300_accounts`: medians of at least ten runs each, on
 * the plan already seeded with 300 accounts (the import writes the same plan back).
 */
export async function benchTransfer(ext, runs) {
  const n = Math.max(runs, MIN_RUNS);
  mkdirSync(resolve('.cache/bench'), { recursive: true });
  const file = resolve('.cache/bench/plan-300.json');
  const exported = await timeExport(ext, n, file);
  const page = await openPage(ext, 'dashboard.html#/data');
  try {
    const imported = await timeImport(page, n, file);
    return {
      export_ms_300_accounts: median(exported),
      import_ms_300_accounts: median(imported),
    };
  } finally {
    await page.close();
  }
}
