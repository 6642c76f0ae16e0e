/**
 * `evidence_capture_ms` (issue 34): "Keep a copy of this page", from the click to the entry kept
 * in the log (`lockstep:evidence-capture`: the tab's picture taken, decoded, hashed, stored and
 * its entry chained), the plan open, on a 1920×1080 page of text and colour. The test build's
 * popup page runs in a second window and copies the first window's tab (no test can click the
 * toolbar button). Chrome allows about two copies a second: the runs are spaced to stay under.
 */
import { createServer } from 'node:http';
import { median, report, step, WAIT_TIMEOUT_MS } from './figures.mjs';
import { lastMeasure, openPage } from './measure.mjs';

const MEASURE = 'lockstep:evidence-capture';
const PAGE = `<!doctype html><title>Bench page</title><body style="margin:0;font:16px sans-serif;background:linear-gradient(90deg,#fde,#def)">${'<p>A message with some words in it, sent at night from a new number.</p>'.repeat(80)}`;

const count = (page) => page.evaluate((n) => performance.getEntriesByName(n).length, MEASURE);

/** The page to copy (1920×1080) and the popup page in a second window. */
async function pageAndPopup(ext, url) {
  const site = await ext.context.newPage();
  await site.setViewportSize({ width: 1920, height: 1080 });
  await site.goto(url);
  await site.bringToFront();
  const popupUrl = ext.url('popup.html');
  const [popup] = await Promise.all([
    ext.context.waitForEvent('page', (p) => p.url() === popupUrl),
    ext.worker.evaluate((u) => globalThis.chrome.windows.create({ url: u }), popupUrl),
  ]);
  return { site, popup };
}

/** The size of the last picture kept, as the record shows it. */
async function pictureSize(ext) {
  const record = await openPage(ext, 'dashboard.html#/evidence');
  await record
    .getByRole('button', { name: /^Show page-/ })
    .last()
    .click();
  const image = record.getByRole('img', { name: /^page-/ });
  await image.waitFor({ timeout: WAIT_TIMEOUT_MS });
  await record.waitForFunction((el) => el.naturalWidth > 0, await image.elementHandle());
  const size = await image.evaluate((el) => `${el.naturalWidth}×${el.naturalHeight}`);
  await record.close();
  return size;
}

/** ms from the click to the copy kept, `runs` times, the plan open (no lock). */
export async function capturePart(ext, runs) {
  const server = createServer((_req, res) => res.end(PAGE));
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  try {
    await step(['evidence_capture_ms'], async () => {
      const dash = await openPage(ext, 'dashboard.html');
      const skip = dash.getByRole('button', { name: 'Skip this introduction' });
      if (await skip.isVisible()) await skip.click();
      await dash.close();
      const { site, popup } = await pageAndPopup(ext, `http://127.0.0.1:${server.address().port}/`);
      await popup.getByRole('button', { name: 'Keep a copy of this page' }).click();
      await popup.getByRole('button', { name: 'Keep the copy' }).click();
      const times = [];
      const tabTimes = [];
      for (let i = 0; i < Math.min(runs, 10); i++) {
        if (i > 0) {
          await popup.waitForTimeout(600); // Chrome's limit: about two copies a second
          await popup.getByRole('button', { name: 'Capture again after scrolling' }).click();
        }
        await popup.waitForFunction(
          ([n, want]) => performance.getEntriesByName(n).length >= want,
          [MEASURE, i + 1],
          { timeout: WAIT_TIMEOUT_MS },
        );
        await popup.getByText('Kept in your record').waitFor({ timeout: WAIT_TIMEOUT_MS });
        times.push(await lastMeasure(popup, MEASURE));
        tabTimes.push(await lastMeasure(popup, `${MEASURE}-tab`));
      }
      if ((await count(popup)) !== times.length) throw new Error('a copy was not kept');
      // `tab_ms`: the browser's own part (captureVisibleTab, its PNG made), before Lockstep's.
      const picture = await pictureSize(ext);
      report('evidence_capture_ms', median(times), 'ms', { picture, tab_ms: median(tabTimes) });
      await Promise.all([site.close(), popup.close()]);
    });
  } finally {
    server.close();
  }
}
