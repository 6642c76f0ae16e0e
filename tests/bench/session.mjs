/** An advocate session as the bench measures it: started from a copy of the saved plan. */
import { WAIT_TIMEOUT_MS } from './figures.mjs';

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

/** Starts a session from a copy of the saved plan, as an advocate would, on a new tab. */
export async function startSession(ext) {
  const page = await ext.context.newPage();
  await page.goto(ext.url('dashboard.html#/session'));
  await page.getByRole('button', { name: 'Start with a copy of my saved plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Session with an advocate' }).waitFor();
  return page;
}

/**
 * Click on "Yes, end the session" to the moment the session's other tab has closed and
 * the session's own keys have left `storage.session`, over `runs` sessions.
 */
export async function timeSessionEnd(ext, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const page = await startSession(ext);
    const other = await ext.context.newPage();
    await other.goto(ext.url('dashboard.html#/session-print'));
    await other.waitForFunction(() => performance.getEntriesByName('ready').length > 0);
    await page.getByRole('button', { name: 'End the session' }).click();
    const closed = other.waitForEvent('close');
    const start = Date.now();
    await page.getByRole('button', { name: 'Yes, end the session' }).click();
    await closed;
    await sessionKeysGone(ext);
    times.push(Date.now() - start);
    await page.close();
  }
  return times;
}
