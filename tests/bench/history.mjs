/** The history review of "This browser", over a seeded history (test-only build: `history`). */

/** Adds `count` pages to the profile's history, a few of them on the stalkerware lists. */
export async function seedHistory(ext, count) {
  await ext.worker.evaluate(async (n) => {
    const listed = [
      'https://www.copy9.com/',
      'https://mspy.com/pricing',
      'https://1ca43.appspot.com/x',
    ];
    const adds = [];
    for (let i = 0; i < n; i++) {
      const url = i < listed.length ? listed[i] : `https://site${i % 900}.example/page/${i}`;
      adds.push(chrome.history.addUrl({ url }));
      if (adds.length === 200) await Promise.all(adds.splice(0));
    }
    await Promise.all(adds);
  }, count);
}

/**
 * Clicks "Search this browser's history" and reads the page's own measures: the whole review
 * (`history.search` over everything, the lists' chunk loaded and the matching) and the matching
 * alone. Also times the browser's own `history.search` of everything, called directly.
 */
export async function timeHistoryReview(ext, runs) {
  const times = [];
  const matching = [];
  const searches = [];
  for (let i = 0; i < runs; i++) {
    const page = await ext.context.newPage();
    await page.goto(ext.url('dashboard.html#/browser-check'));
    await page.waitForFunction(() => performance.getEntriesByName('ready').length > 0);
    await page.getByRole('button', { name: 'Search this browser’s history' }).click();
    await page.waitForFunction(
      () => performance.getEntriesByName('lockstep:history-review').length > 0,
    );
    const [review, match, search] = await page.evaluate(async () => {
      const start = performance.now();
      await chrome.history.search({ text: '', startTime: 0, maxResults: 200_000 });
      return [
        performance.getEntriesByName('lockstep:history-review')[0].duration,
        performance.getEntriesByName('lockstep:history-match')[0].duration,
        performance.now() - start,
      ];
    });
    times.push(review);
    matching.push(match);
    searches.push(search);
    await page.close();
  }
  return { times, matching, searches };
}
