/** An advocate session as the bench measures it: started from a copy of the saved plan. */
import { WAIT_TIMEOUT_MS, within } from './figures.mjs';

/**
 * The session's own keys (lib/storage/session-key.ts, session-storage.ts). Only these: other
 * features keep keys of their own in `storage.session` (the permission owner's holds), so
 * waiting for the whole area to empty could wait for ever.
 */
const SESSION_KEYS = ['lockstep-session', 'lockstep-session-intake'];

/** Waits, at most WAIT_TIMEOUT_MS, until the session's keys have left `storage.session`. */
async function sessionKeysGone(ext) {
  const end = Date.now() + WAIT_TIMEOUT_MS;
  const left = () => ext.worker.evaluate((keys) => chrome.storage.session.get(keys), SESSION_KEYS);
  while (Object.keys(await left()).length) {
    if (Date.now() > end) throw new Error(`session_end_ms: the session's keys stayed in storage`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Ending a session asks keep or discard first; the bench discards (nothing to preview). */
const DISCARD = 'Yes, discard them and end the session';

/**
 * Clicks, from inside the page, the first button whose text starts with `name` (Quick exit's
 * holds its hint too) and returns when it did (Node's clock). Playwright's own click is not
 * timed: it waits for its checks and for any navigation the click starts (the session's end
 * reloads its page; quick exit blanks it), which made up most of these figures before.
 */
function clickInPage(page, name) {
  return page.evaluate((label) => {
    const button = [...document.querySelectorAll('button')].find((b) =>
      b.textContent?.trim().startsWith(label),
    );
    const at = Date.now();
    button?.click();
    if (!button) throw new Error(`no button "${label}"`);
    return at;
  }, name);
}

/** Ends a running session on `page` as a person would, discarding its changes. */
export async function endByDiscarding(page) {
  await page.getByRole('button', { name: 'End the session' }).click();
  await page.getByRole('button', { name: 'Discard the changes' }).click();
  await page.getByRole('button', { name: DISCARD }).click();
}

/** Starts a session from a copy of the saved plan, as an advocate would, on a new tab. */
export async function startSession(ext) {
  const page = await ext.context.newPage();
  await page.goto(ext.url('dashboard.html#/session'));
  await page.getByRole('button', { name: 'Start with a copy of my saved plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Session with an advocate' }).waitFor();
  return page;
}

/**
 * Click on "Yes, discard them and end the session" to the moment the session's other tab has closed and
 * the session's own keys have left `storage.session`, over `runs` sessions.
 */
export async function timeSessionEnd(ext, runs) {
  const times = [];
  let leftOpen = 0;
  for (let i = 0; i < runs; i++) {
    const page = await startSession(ext);
    const other = await ext.context.newPage();
    await other.goto(ext.url('dashboard.html#/session-print'));
    await other.waitForFunction(() => performance.getEntriesByName('ready').length > 0);
    await page.getByRole('button', { name: 'End the session' }).click();
    await page.getByRole('button', { name: 'Discard the changes' }).click();
    const closed = other.waitForEvent('close');
    await page.getByRole('button', { name: DISCARD }).waitFor();
    const start = await clickInPage(page, DISCARD);
    // A session tab that stays open after the end is a finding, not a reason to wait for ever:
    // it is counted (and what it shows goes to stderr), and the run is left out of the times.
    if (
      !(await within(CLOSE_WAIT_MS, 'close', closed).then(
        () => true,
        () => false,
      ))
    ) {
      leftOpen++;
      const shown = await other.evaluate(() => document.body.innerText.slice(0, 200)).catch(String);
      console.error(`bench: session_end: a session tab stayed open after the end: ${shown}`);
      await Promise.all([other.close(), page.close()]);
      continue;
    }
    await sessionKeysGone(ext);
    times.push(Date.now() - start);
    await page.close();
  }
  return { times, leftOpen };
}

/** How long the session's other tab may take to close after the end before it counts as open. */
const CLOSE_WAIT_MS = 10_000;

/** Closes every tab but Lockstep's, as left by quick exit (its neutral page). */
async function closeNeutralPages(ext) {
  for (const page of ext.context.pages())
    if (!page.url().startsWith('chrome-extension://')) await page.close();
}

/**
 * Quick exit during a session (issue 27): click on Quick exit to the moment the session's keys
 * have left `storage.session` and both of its tabs have closed, over `runs` sessions.
 */
export async function timeQuickExitSession(ext, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const page = await startSession(ext);
    const other = await ext.context.newPage();
    await other.goto(ext.url('dashboard.html#/session-print'));
    await other.waitForFunction(() => performance.getEntriesByName('ready').length > 0);
    const closed = Promise.all([page.waitForEvent('close'), other.waitForEvent('close')]);
    const start = await clickInPage(page, 'Quick exit');
    await sessionKeysGone(ext);
    await closed;
    times.push(Date.now() - start);
    await closeNeutralPages(ext);
  }
  return times;
}

/**
 * Quick exit's first effect (issue 27): the click on Quick exit to the page emptied, timed
 * inside the page (the blank is made in the click handler itself, before any await). Fails when
 * the page still shows anything after the click.
 */
export async function timeQuickExitBlank(ext, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const page = await ext.context.newPage();
    await page.goto(ext.url('dashboard.html#/plan'));
    await page.waitForFunction(() => performance.getEntriesByName('ready').length > 0);
    const closed = page.waitForEvent('close');
    const ms = await page.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find((b) =>
        b.textContent?.includes('Quick exit'),
      );
      const start = performance.now();
      button?.click();
      const took = performance.now() - start;
      return document.body.childElementCount === 0 ? took : NaN;
    });
    if (Number.isNaN(ms)) throw new Error('quick_exit_blank_ms: the page was not blank');
    times.push(ms);
    await closed;
    await closeNeutralPages(ext);
  }
  return times;
}
