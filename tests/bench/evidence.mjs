/**
 * The evidence log (issue 33), in the real browser, with the lock on:
 * - `lockstep:evidence-add`: a 5 MB file hashed, sealed in 1 MiB chunks and its entry chained
 *   and written (from the click to the entry kept; the browser reading the file is not counted);
 * - `lockstep:evidence-reseal`: 100 MB of files added with the lock off, sealed when it goes on,
 *   16 chunks per transaction; the renderers' resident memory (rss.mjs) is sampled every
 *   50 ms while it runs. The figure compared to the target is what the re-seal adds: the peak
 *   less the memory held just before the lock was set (the page that added 100 MB of files
 *   already holds most of it, none of it the re-seal's); the peak itself is reported beside it.
 */
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { timeEvidencePage } from './evidence-page.mjs';
import { median, report, step, WAIT_TIMEOUT_MS } from './figures.mjs';
import { lastMeasure, openPage } from './measure.mjs';
import { peakRssWhile } from './rss-peak.mjs';
import { browserCpuSeconds } from './rss.mjs';

const PASS = 'bench evidence words here';
const MB = 1024 * 1024;

/** A file of `mb` MB of varied bytes (not all zeros), in .cache/bench (gitignored). */
export function benchFile(name, mb) {
  const dir = resolve('.cache/bench');
  mkdirSync(dir, { recursive: true });
  const bytes = Buffer.alloc(mb * MB);
  for (let i = 0; i < bytes.length; i += 4) bytes.writeUInt32LE((i * 2654435761) >>> 0, i);
  const path = resolve(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function setLock(page) {
  await page.getByRole('link', { name: 'Safety & data' }).click();
  await page.getByRole('button', { name: 'Set a passphrase' }).click();
  await page.getByLabel('New passphrase').fill(PASS);
  await page.getByLabel('Type it again').fill(PASS);
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByText('The lock is on. Remember').waitFor({ timeout: WAIT_TIMEOUT_MS });
}

export async function addFile(page, path, seq) {
  await page.getByLabel('What happened, in your own words').fill(`Bench entry ${seq}`);
  await page.getByLabel(/^Files/).setInputFiles(path);
  await page.getByRole('button', { name: 'Add to the record' }).click();
  await page.getByRole('heading', { name: `Entry ${seq}`, exact: true }).waitFor({
    timeout: WAIT_TIMEOUT_MS,
  });
  return lastMeasure(page, 'lockstep:evidence-add');
}

const entries = (page) => page.getByRole('heading', { name: /^Entry \d+$/ }).count();

/** ms to add and seal a 5 MB file with the lock on, `runs` times, in an open evidence page. */
async function timeEvidenceAdd(page, runs) {
  const file = benchFile('evidence-5mb.bin', 5);
  const first = (await entries(page)) + 1;
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await addFile(page, file, first + i));
  return times;
}

/** 4 × 25 MB added with the lock off, then the lock set: the re-seal timed, the heap sampled. */
async function timeReseal(page) {
  const file = benchFile('evidence-25mb.bin', 25);
  for (let i = 0; i < 4; i++) await addFile(page, file, i + 1);
  const cpuBefore = browserCpuSeconds();
  const { before, peak } = await peakRssWhile(async () => {
    await setLock(page);
    await page.waitForFunction(
      () => performance.getEntriesByName('lockstep:evidence-reseal').length > 0,
      undefined,
      { timeout: 120_000 },
    );
  });
  return {
    cpuS: browserCpuSeconds() - cpuBefore,
    ms: await lastMeasure(page, 'lockstep:evidence-reseal'),
    peakMb: peak / MB,
    beforeMb: before / MB,
  };
}

/**
 * The part, in one page of a fresh profile: the page with 200 entries first, then the 100 MB
 * re-seal (both need the lock off), then the 5 MB adds with the lock on (set here if the
 * re-seal step stopped before setting it).
 */
export async function evidencePart(ext, runs) {
  await step(['evidence_page_ready_ms_200', 'evidence_page_ready_ratio_floor_200'], () =>
    timeEvidencePage(ext, runs),
  );
  const page = await openPage(ext, 'dashboard.html#/evidence');
  await step(['evidence_reseal_ms_100mb', 'evidence_reseal_peak_mb_100mb'], async () => {
    const { ms, cpuS, peakMb, beforeMb } = await timeReseal(page);
    // `cpu_s`: the browser's CPU time from the click to the end (the lock's key derivation too);
    // it barely moves with the machine's load, where `ms` does.
    report('evidence_reseal_ms_100mb', ms, 'ms', { cpu_s: Math.round(cpuS * 10) / 10 });
    // The re-seal's own added memory; `before`: the renderers just before the lock was set
    // (the page with 100 MB added); `peak`: the total while it ran.
    report('evidence_reseal_peak_mb_100mb', peakMb - beforeMb, 'MB', {
      before: Math.round(beforeMb),
      peak: Math.round(peakMb),
    });
  });
  await step(['evidence_add_ms_5mb'], async () => {
    const locked = page.getByText('The lock is on. Remember');
    if (!(await locked.isVisible())) await setLock(page);
    await page.getByRole('link', { name: 'Open your record' }).click();
    report('evidence_add_ms_5mb', median(await timeEvidenceAdd(page, Math.min(runs, 5))), 'ms');
  });
  await page.close();
}
