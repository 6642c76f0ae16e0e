// `node tests/bench/evidence-quota.mjs` (after `npm run build`): what `navigator.storage.estimate()`
// reports for Lockstep's own pages (issue 33's storage limits), in Chromium (tests/bench/browser.mjs)
// and Firefox ESR (tests/firefox/support/firefox.ts, loaded through jiti), each step bounded
// (figures.mjs). One JSON line a browser: quota and usage in MB, and whether the data is persisted
// (not evicted when the disk fills). The pages refuse files past the quota (lib/evidence/room-check.ts).
import { createJiti } from 'jiti';
import { launchBench } from './browser.mjs';
import { report, step } from './figures.mjs';
import { openPage } from './measure.mjs';

const MB = 1024 * 1024;
const ESTIMATE = async () => ({
  ...(await globalThis.navigator.storage.estimate()),
  persisted: await globalThis.navigator.storage.persisted(),
});

function reportRoom(browser, { quota, usage, persisted }) {
  const metric = `evidence_quota_mb_${browser}`;
  report(metric, quota / MB, 'MB', { usageMb: Math.round((usage / MB) * 100) / 100, persisted });
}

async function chromiumRoom() {
  const ext = await launchBench();
  try {
    const page = await openPage(ext, 'dashboard.html#/evidence');
    reportRoom('chromium', await page.evaluate(ESTIMATE));
  } finally {
    await ext.close();
  }
}

async function firefoxRoom() {
  const jiti = createJiti(import.meta.url);
  const { launchFirefox } = await jiti.import('../firefox/support/firefox.ts');
  const ff = await launchFirefox();
  try {
    await ff.closeInstallTab();
    const page = await ff.open('dashboard.html#/evidence');
    reportRoom('firefox', await page.evaluate(ESTIMATE));
  } finally {
    await ff.close();
  }
}

await step(['evidence_quota_mb_chromium'], chromiumRoom);
await step(['evidence_quota_mb_firefox'], firefoxRoom);
