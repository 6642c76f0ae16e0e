// The pages part again with the language set to Spanish (issue 36): the same pages on the same
// path, their catalogue chunk loaded before the first render. Missing until public/_locales/es
// exists.
import { existsSync } from 'node:fs';
import { BUILD_DIR } from './browser.mjs';
import { report, reportMissing, reportRatio, step } from './figures.mjs';
import { filesBeforeReady, gzipBytesOf } from './loaded.mjs';
import { timeMarks, timePage } from './pages.mjs';

const FIGURES = ['popup_ready_ratio_floor_es', 'dashboard_ready_ratio_floor_300_es'];
// Each page's JavaScript before `ready` with Spanish chosen on an English browser: its code and
// the Spanish text of that code (lib/build/i18n-page-text.ts).
const BYTES = ['popup_bytes_before_ready_gz_kb_es', 'dashboard_bytes_before_ready_gz_kb_es'];

/** Sets the language mirror the pages' first render reads (lib/i18n-choice.ts). */
async function chooseLanguage(ext, language) {
  const page = await ext.context.newPage();
  await page.goto(ext.url('blank.html'));
  // Runs in the page, where localStorage exists.
  // eslint-disable-next-line no-undef
  await page.evaluate((l) => localStorage.setItem('lockstep-language', l), language);
  await page.close();
}

/** Runs after pagesPart, whose last seeding left 300 accounts in the plan. */
export async function pagesInSpanish(ext, runs) {
  if (!existsSync('public/_locales/es/messages.json')) {
    for (const figure of [...FIGURES, ...BYTES]) reportMissing(figure, 'no es catalogue');
    return;
  }
  await chooseLanguage(ext, 'es');
  await step(FIGURES, async () => {
    await timePage(ext, 'popup.html'); // warm-up: the catalogue chunk compiled once
    const [popup, floor, ready] = [[], [], []];
    for (let i = 0; i < runs; i++) {
      floor.push(await timePage(ext, 'floor.html'));
      popup.push(await timePage(ext, 'popup.html'));
      ready.push((await timeMarks(ext, 'dashboard.html', ['ready']))[0]);
    }
    reportRatio('popup_ready_ratio_floor_es', popup, floor);
    reportRatio('dashboard_ready_ratio_floor_300_es', ready, floor);
  });
  for (const [figure, path] of [
    [BYTES[0], 'popup.html'],
    [BYTES[1], 'dashboard.html'],
  ])
    await step([figure], async () => {
      const files = await filesBeforeReady(ext.context, ext.url(path), BUILD_DIR);
      report(figure, gzipBytesOf(files) / 1024, 'KB');
    });
  await chooseLanguage(ext, '');
}
