// `npm run bench [-- part…]`: speed and size figures of the built extension, one JSON object per
// line on stdout; which part is running goes to stderr. Not a test: it asserts nothing. Each
// page figure is a median of RUNS runs, interleaved with its baseline so both see the same
// machine conditions; each ratio has the interquartile range of its runs beside it. Every step
// has a bound (tests/bench/figures.mjs): a figure that cannot be measured is reported missing.
// One part by name: `npm run bench -- session` (or `node tests/bench/run.mjs session` to reuse
// the builds).
import { launchBench, TEST_BUILD_DIR, BUILD_DIR } from './browser.mjs';
import { median, report, reportRatio, step, within } from './figures.mjs';
import { seedHistory, timeHistoryReview } from './history.mjs';
import {
  endByDiscarding,
  startSession,
  timeQuickExitBlank,
  timeQuickExitSession,
  timeSessionEnd,
} from './session.mjs';
import { deviceDataGzipBytes, timeAppLookup, timeDeviceLoad } from './device.mjs';
import { directoryGzipBytes, timeDirectoryLoad, timeLookupAndSearch } from './directory.mjs';
import { seedAccounts, timePage } from './pages.mjs';
import { interleaved, pagesPart } from './part-pages.mjs';
import { pagesInSpanish } from './part-pages-es.mjs';
import { genericNotices, playbookWords } from './sitting.mjs';
import { timeUnlock } from './safety.mjs';
import { timeMapLayout, timeReachPaths } from './assessment.mjs';
import { timeStartOrder } from './start.mjs';
import { evidencePart } from './evidence.mjs';
import { capturePart } from './evidence-capture.mjs';
import { archivePart } from './evidence-archive.mjs';
import { benchTransfer } from './transfer.mjs';
import { strengthCheckTimes, typingBlock } from './strength.mjs';
import { firefoxUnlockPart } from './firefox-unlock.mjs';

// At least 20: each ratio is the median of that many interleaved runs (A B A B …).
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

const PARTS = {
  pages: {
    accounts: 0,
    run: async (ext) => {
      await pagesPart(ext, RUNS);
      await pagesInSpanish(ext, RUNS); // the same pages in Spanish: tests/bench/part-pages-es.mjs
    },
  },
  directory: { accounts: 300, run: directoryPart },
  device: { accounts: 300, run: devicePart },
  strength: { accounts: 300, run: strengthPart },
  transfer: { accounts: 300, run: transferPart },
  session: { accounts: 50, run: sessionPart },
  evidence: { accounts: 0, run: (ext) => evidencePart(ext, RUNS) },
  'evidence-archive': { accounts: 0, run: (ext) => archivePart(ext, RUNS) },
  // The log's page copy from the popup (test-only build: no test can click the toolbar button).
  'evidence-capture': { accounts: 0, build: TEST_BUILD_DIR, run: (ext) => capturePart(ext, RUNS) },
  // The history review over 10,000 pages (test-only build: `history` granted at install).
  history: { accounts: 1, build: TEST_BUILD_DIR, run: historyPart },
  // Unlock in Firefox ESR, normal build (`npm run build:firefox`); launches no Chromium.
  'firefox-unlock': { accounts: 0, chromium: false, run: firefoxUnlockPart },
};

async function directoryPart(ext) {
  await step(['directory_gzip_kb'], async () =>
    report('directory_gzip_kb', directoryGzipBytes(BUILD_DIR) / 1024, 'KB'),
  );
  await step(['directory_load_ms'], async () =>
    report('directory_load_ms', median(await timeDirectoryLoad(ext, RUNS)), 'ms'),
  );
  await step(['directory_lookup_us', 'directory_search_ms'], async () => {
    const { lookups, searches } = await timeLookupAndSearch(RUNS);
    report('directory_lookup_us', median(lookups), 'µs');
    report('directory_search_ms', median(searches), 'ms');
  });
  await step(['playbook_words_device_cloud_vendor', 'playbook_words_max_kind'], async () => {
    const { cloud, kinds } = await playbookWords();
    report('playbook_words_device_cloud_vendor', Math.max(...Object.values(cloud)), 'words', cloud);
    report('playbook_words_max_kind', kinds.max, 'words', kinds.perKind);
  });
  await step(['noticeable_generic_steps', 'noticeable_generic_steps_known_site'], async () => {
    const { noSite, knownSite } = await genericNotices();
    report('noticeable_generic_steps', noSite.generic.length, 'steps', { of: noSite.places });
    const known = knownSite.generic.length;
    report('noticeable_generic_steps_known_site', known, 'steps', { of: knownSite.places });
  });
  await step(['reach_paths_ms_300'], async () =>
    report('reach_paths_ms_300', median((await timeReachPaths(RUNS)).times), 'ms'),
  );
  await step(['reach_paths_ms_300_devices'], async () =>
    report('reach_paths_ms_300_devices', median((await timeReachPaths(RUNS, true)).times), 'ms'),
  );
  await step(['start_order_ms_300'], async () =>
    report('start_order_ms_300', median(await timeStartOrder(RUNS)), 'ms'),
  );
  await step(['map_layout_ms_300'], async () =>
    report('map_layout_ms_300', median((await timeMapLayout(RUNS)).times), 'ms'),
  );
}

async function devicePart(ext) {
  await step(['device_data_gzip_kb'], async () =>
    report('device_data_gzip_kb', deviceDataGzipBytes(BUILD_DIR) / 1024, 'KB'),
  );
  await step(['app_lookup_ms', 'device_index_ms'], async () => {
    const { lookups, indexes } = await timeAppLookup(RUNS);
    report('app_lookup_ms', median(lookups), 'ms');
    report('device_index_ms', median(indexes), 'ms');
  });
  await step(['device_load_ms'], async () =>
    report('device_load_ms', median(await timeDeviceLoad(ext, RUNS)), 'ms'),
  );
}

async function strengthPart(ext) {
  await step(['strength_check_p95_ms'], async () => {
    const checks = (await strengthCheckTimes()).sort((a, b) => a - b);
    report('strength_check_p95_ms', checks[Math.floor(checks.length * 0.95)], 'ms');
  });
  await step(['strength_main_thread_block_ms', 'strength_dictionary_load_ms'], async () => {
    const typing = [];
    const dictionary = [];
    for (let i = 0; i < Math.min(RUNS, 5); i++) {
      const { block, dictionaryMs } = await typingBlock(ext);
      typing.push(block);
      dictionary.push(dictionaryMs);
    }
    report('strength_main_thread_block_ms', median(typing), 'ms');
    report('strength_dictionary_load_ms', median(dictionary), 'ms');
  });
}

const TRANSFER_FIGURES = ['export_ms_300_accounts', 'import_ms_300_accounts'];

async function transferPart(ext) {
  await step(TRANSFER_FIGURES, async () => {
    for (const [name, ms] of Object.entries(await benchTransfer(ext, RUNS))) report(name, ms, 'ms');
  });
  await step(['unlock_ms'], async () =>
    report('unlock_ms', median(await timeUnlock(ext, Math.min(RUNS, 10))), 'ms'),
  );
}

// An advocate session of 50 accounts (issue "Advocate session").
async function sessionPart(ext) {
  // The map of who can get in, of the same 50 accounts (issue 35: target ≤ 1.5×).
  await step(['map_page_ready_ms_50', 'map_page_ready_ratio_floor_50'], async () => {
    await timePage(ext, 'dashboard.html#/map');
    const [floor, map] = await interleaved(ext, RUNS, ['floor.html', 'dashboard.html#/map']);
    report('map_page_ready_ms_50', median(map), 'ms');
    reportRatio('map_page_ready_ratio_floor_50', map, floor);
  });
  await step(['print_view_ready_ms_50', 'print_view_ready_ratio_floor_50'], async () => {
    const session = await startSession(ext);
    await timePage(ext, 'dashboard.html#/session-print');
    const floor = [];
    const view = [];
    for (let i = 0; i < RUNS; i++) {
      floor.push(await timePage(ext, 'floor.html'));
      view.push(await timePage(ext, 'dashboard.html#/session-print'));
    }
    report('print_view_ready_ms_50', median(view), 'ms');
    reportRatio('print_view_ready_ratio_floor_50', view, floor);
    await endByDiscarding(session);
    await session.close();
  });
  await step(['session_end_ms', 'session_end_tabs_left_open'], async () => {
    const { times, leftOpen } = await timeSessionEnd(ext, Math.min(RUNS, 8));
    report('session_end_tabs_left_open', leftOpen, 'tabs');
    if (times.length) report('session_end_ms', median(times), 'ms');
  });
  // Quick exit (issue 27): targets ≤ 250 ms for the session's end, ≤ 16 ms to a blank page.
  await step(['quick_exit_session_ms'], async () =>
    report(
      'quick_exit_session_ms',
      median(await timeQuickExitSession(ext, Math.min(RUNS, 8))),
      'ms',
    ),
  );
  await step(['quick_exit_blank_ms'], async () =>
    report('quick_exit_blank_ms', median(await timeQuickExitBlank(ext, Math.min(RUNS, 10))), 'ms'),
  );
}

async function historyPart(ext) {
  const figures = ['history_scan_ms_10000', 'history_match_ms_10000'];
  await step([...figures, 'browser_history_search_ms_10000'], async () => {
    await seedHistory(ext, 10_000);
    const { times, matching, searches } = await timeHistoryReview(ext, RUNS);
    report('history_scan_ms_10000', median(times), 'ms');
    report('history_match_ms_10000', median(matching), 'ms');
    report('browser_history_search_ms_10000', median(searches), 'ms');
  });
}

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in PARTS));
if (unknown.length) {
  console.error(
    `bench: no part named ${unknown.join(', ')}; parts: ${Object.keys(PARTS).join(', ')}`,
  );
  process.exit(1);
}
const names = asked.length ? asked : Object.keys(PARTS);
const started = Date.now();
for (const [i, name] of names.entries()) {
  const { accounts, build, run, chromium = true } = PARTS[name];
  const partStart = Date.now();
  console.error(`bench: part ${i + 1}/${names.length}: ${name}`);
  let ext;
  try {
    if (chromium)
      ext = await within(120_000, `starting the browser for ${name}`, launchBench(build));
    if (accounts) await within(60_000, `seeding ${name}`, seedAccounts(ext, accounts));
    await run(ext);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.log(JSON.stringify({ part: name, missing: reason }));
    console.error(`bench: part ${name} stopped: ${reason}`);
  } finally {
    await within(60_000, `closing the browser of ${name}`, ext?.close() ?? Promise.resolve()).catch(
      (error) => console.error(`bench: ${error.message}`),
    );
  }
  console.error(`bench: ${name} took ${Math.round((Date.now() - partStart) / 1000)} s`);
}
console.error(`bench: done in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(0);
