/** An advocate session as the bench measures it: started from a copy of the saved plan. */

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
 * `storage.session` is empty, over `runs` sessions.
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
    while (Object.keys(await ext.worker.evaluate(() => chrome.storage.session.get(null))).length)
      await new Promise((r) => setTimeout(r, 5));
    times.push(Date.now() - start);
    await page.close();
  }
  return times;
}
