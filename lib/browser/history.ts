import { browser } from 'wxt/browser';
import { lockstepUrls } from '../safety/history-sweep';
import { historyKeepsLockstepPages } from './differences';

/**
 * The one module that reads or changes browser history, through the optional `history`
 * permission (asked for and given back by lib/browser/permissions.ts, which this module does not
 * import: it stays out of the popup's first download): the clean-up of Lockstep's own pages, and
 * the history review of "This browser".
 */

/** Deletes every visit to Lockstep's own pages from history (when allowed; else nothing). */
export async function forgetLockstepPages(): Promise<void> {
  if (!historyKeepsLockstepPages()) return;
  const allowed = await browser.permissions
    .contains({ permissions: ['history'] })
    .catch(() => false);
  if (!allowed) return;
  // Lockstep's addresses all hold its id: the search finds them without reading all history.
  const visits = await browser.history.search({
    text: browser.runtime.id,
    startTime: 0,
    maxResults: 10_000,
  });
  const urls = lockstepUrls(visits, browser.runtime.getURL('/'));
  await Promise.all(urls.map((url) => browser.history.deleteUrl({ url })));
}

/** One page in history, as the review reads it. */
export interface VisitedPage {
  readonly url?: string;
  readonly lastVisitTime?: number;
  readonly visitCount?: number;
}

/**
 * Every page this browser keeps in its history, newest first, up to `limit` (the browser's own
 * list: one item per address, with its last visit and number of visits). Read on the device;
 * nothing is kept.
 */
export async function readWholeHistory(limit: number): Promise<VisitedPage[]> {
  const items = await browser.history.search({ text: '', startTime: 0, maxResults: limit });
  return items.map(({ url, lastVisitTime, visitCount }) => ({ url, lastVisitTime, visitCount }));
}
