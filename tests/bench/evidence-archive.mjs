/**
 * `evidence_archive_ms_50mb` and `evidence_archive_peak_mb_50mb` (issue 34): the sealed archive
 * (the default) of a log holding 2 × 25 MB of files, from the click on "Save the archive" to the
 * archive made (`lockstep:evidence-archive`: every entry checked, every chunk read, framed and
 * sealed, the report written), in a fresh profile, the lock off. The renderers' resident memory
 * (rss.mjs) is sampled every 50 ms while it runs; the figure compared to the target is what
 * making the archive adds (the peak less the memory held just before the click), as for the
 * re-seal. Each run saves one download.
 */
import { addFile, benchFile } from './evidence.mjs';
import { median, report, step, WAIT_TIMEOUT_MS } from './figures.mjs';
import { lastMeasure, openPage } from './measure.mjs';
import { peakRssWhile } from './rss-peak.mjs';

const PASS = 'bench archive words here';
const MB = 1024 * 1024;

/** One sealed archive made and saved: its ms, and the memory it added at its peak in MB. */
async function timeArchive(page) {
  await page.getByLabel('Passphrase for the file').fill(PASS);
  await page.getByLabel('Type the file’s passphrase again').fill(PASS);
  const { before, peak } = await peakRssWhile(async () => {
    const downloading = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: 'Save the archive' }).click();
    await (await downloading).path();
    await page.getByText('The archive is in your downloads.').waitFor({ timeout: WAIT_TIMEOUT_MS });
  });
  return {
    ms: await lastMeasure(page, 'lockstep:evidence-archive'),
    addedMb: (peak - before) / MB,
  };
}

/** The part: 2 × 25 MB added once, then the archive made `runs` times (at most 3). */
export async function archivePart(ext, runs) {
  const figures = ['evidence_archive_ms_50mb', 'evidence_archive_peak_mb_50mb'];
  await step(figures, async () => {
    const page = await openPage(ext, 'dashboard.html#/evidence');
    const file = benchFile('evidence-25mb.bin', 25);
    for (let i = 0; i < 2; i++) await addFile(page, file, i + 1);
    const times = [];
    const added = [];
    for (let i = 0; i < Math.min(runs, 3); i++) {
      await page.goto(ext.url('dashboard.html#/evidence-archive'));
      const { ms, addedMb } = await timeArchive(page);
      times.push(ms);
      added.push(addedMb);
    }
    report('evidence_archive_ms_50mb', median(times), 'ms', { runs: times.map(Math.round) });
    report('evidence_archive_peak_mb_50mb', Math.max(...added), 'MB', {
      runs: added.map(Math.round),
    });
    await page.close();
  });
}
