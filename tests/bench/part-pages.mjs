// The "pages" part: page-ready times and ratios over the blank page and the IndexedDB floor, with
// 1 and 300 accounts, the step toggle and the first downloads' sizes.
import { BUILD_DIR } from './browser.mjs';
import { seedDueCheckUp } from './checkups.mjs';
import { median, report, reportMissing, reportRatio, step } from './figures.mjs';
import { filesBeforeReady, gzipBytesOf } from './loaded.mjs';
import { seedAccounts, seedSetting, timeMarks, timePage, timeStepToggle } from './pages.mjs';
import { catalogueChunkMaxGzipBytes, initialJsGzipBytes } from './size.mjs';
import { accountPageHeight } from './sitting.mjs';

/** Interleaved runs (A B C A B C …) of the given pages: one list of times per page. */
export async function interleaved(ext, runs, paths) {
  const times = paths.map(() => []);
  for (let i = 0; i < runs; i++)
    for (const [j, path] of paths.entries())
      times[j].push(await timePage(ext, path, { blank: path === 'blank.html' }));
  return times;
}

export async function pagesPart(ext, runs) {
  // Warm-up: first loads pay for compiling, which a person opening the popup again does not.
  for (const path of ['blank.html', 'popup.html'])
    await timePage(ext, path, { blank: path === 'blank.html' });

  const popupFigures = ['blank_page_ready_ms', 'idb_floor_ready_ms_1', 'popup_ready_ms'];
  await step([...popupFigures, 'popup_ready_ratio', 'popup_ready_ratio_floor'], async () => {
    // One account, as the popup usually finds.
    await seedAccounts(ext, 1);
    await timePage(ext, 'floor.html');
    const [blank, floor, popup] = await interleaved(ext, runs, [
      'blank.html',
      'floor.html',
      'popup.html',
    ]);
    report('blank_page_ready_ms', median(blank), 'ms');
    report('idb_floor_ready_ms_1', median(floor), 'ms');
    report('popup_ready_ms', median(popup), 'ms');
    reportRatio('popup_ready_ratio', popup, blank);
    reportRatio('popup_ready_ratio_floor', popup, floor);
  });
  await step(['popup_bytes_before_ready_gz_kb'], async () =>
    report('popup_bytes_before_ready_gz_kb', await kbBeforeReady(ext, 'popup.html'), 'KB'),
  );
  await popupStepPart(ext, runs);

  const dashboardFigures = ['idb_floor_ready_ms_300', 'dashboard_ready_ms_300'];
  const ratios300 = ['dashboard_ready_ratio_300', 'dashboard_ready_ratio_floor_300'];
  const complete300 = ['dashboard_complete_ms_300', 'dashboard_complete_ratio_floor_300'];
  await step([...dashboardFigures, ...ratios300, ...complete300], async () => {
    await seedAccounts(ext, 300);
    await timePage(ext, 'dashboard.html');
    const [blank, floor, ready, complete] = [[], [], [], []];
    for (let i = 0; i < runs; i++) {
      blank.push(await timePage(ext, 'blank.html', { blank: true }));
      floor.push(await timePage(ext, 'floor.html'));
      // The first screenful (`ready`), and the whole list of 300 (`list-complete`).
      const [first, whole] = await timeMarks(ext, 'dashboard.html', ['ready', 'list-complete']);
      ready.push(first);
      complete.push(whole);
    }
    report('idb_floor_ready_ms_300', median(floor), 'ms');
    report('dashboard_ready_ms_300', median(ready), 'ms');
    report('dashboard_complete_ms_300', median(complete), 'ms');
    reportRatio('dashboard_ready_ratio_300', ready, blank);
    reportRatio('dashboard_ready_ratio_floor_300', ready, floor);
    reportRatio('dashboard_complete_ratio_floor_300', complete, floor);
  });
  await step(['dashboard_bytes_before_ready_gz_kb'], async () =>
    report('dashboard_bytes_before_ready_gz_kb', await kbBeforeReady(ext, 'dashboard.html'), 'KB'),
  );

  // An account page with its "who can still get in" summary, in a plan of 300 (target ≤ 1.5×).
  await step(['account_page_ready_ms_300', 'account_page_ready_ratio_floor'], async () => {
    await timePage(ext, 'dashboard.html#/account/bench-1');
    const [floor, page] = await interleaved(ext, runs, [
      'floor.html',
      'dashboard.html#/account/bench-1',
    ]);
    report('account_page_ready_ms_300', median(page), 'ms');
    reportRatio('account_page_ready_ratio_floor', page, floor);
  });

  // The check-up page with all 300 accounts due (issue "Check-ups": target ≤ 1.5×).
  await step(['checkup_page_ready_ms_300', 'checkup_page_ready_ratio_floor_300'], async () => {
    await seedDueCheckUp(ext);
    await timePage(ext, 'dashboard.html#/checkup');
    const [floor, page] = await interleaved(ext, runs, ['floor.html', 'dashboard.html#/checkup']);
    report('checkup_page_ready_ms_300', median(page), 'ms');
    reportRatio('checkup_page_ready_ratio_floor_300', page, floor);
  });

  await step(['step_toggle_ms'], async () =>
    report('step_toggle_ms', median(await timeStepToggle(ext, 'bench-1', runs)), 'ms'),
  );
  await step(['account_page_height_px_1100'], async () =>
    report('account_page_height_px_1100', await accountPageHeight(ext), 'px'),
  );
  await step(['catalogue_chunk_max_gz_kb'], async () => {
    const max = catalogueChunkMaxGzipBytes(BUILD_DIR);
    if (max === null) reportMissing('catalogue_chunk_max_gz_kb', 'the build wrote no text files');
    else report('catalogue_chunk_max_gz_kb', max / 1024, 'KB');
  });
  for (const page of ['popup', 'dashboard'])
    await step([`${page}_initial_js_gzip_kb`], async () =>
      report(
        `${page}_initial_js_gzip_kb`,
        initialJsGzipBytes(BUILD_DIR, `${page}.html`) / 1024,
        'KB',
      ),
    );
}

/** Gzipped KB of the JavaScript a page loads before `ready` (lazy chunks it waits for included). */
async function kbBeforeReady(ext, path) {
  return gzipBytesOf(await filesBeforeReady(ext.context, ext.url(path), BUILD_DIR)) / 1024;
}

/** The popup with the next step shown (the person's choice): it loads the plan store. */
async function popupStepPart(ext, runs) {
  const figures = ['popup_step_ready_ms', 'popup_step_ready_ratio_floor'];
  await step([...figures, 'popup_step_bytes_before_ready_gz_kb'], async () => {
    await seedSetting(ext, 'popupNextStep', 'show');
    await timePage(ext, 'popup.html');
    const [floor, popup] = await interleaved(ext, runs, ['floor.html', 'popup.html']);
    report('popup_step_ready_ms', median(popup), 'ms');
    reportRatio('popup_step_ready_ratio_floor', popup, floor);
    const kb = await kbBeforeReady(ext, 'popup.html');
    report('popup_step_bytes_before_ready_gz_kb', kb, 'KB');
    await seedSetting(ext, 'popupNextStep', 'auto');
  });
}
