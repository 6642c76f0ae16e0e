import { listExtensions, ownId } from '../browser/extensions';
import { readWholeHistory } from '../browser/history';
import { reviewExtensions, type ExtensionReview } from './extension-risks';
import { buildHostIndex, scanHistory, type HistoryHit, type HostIndex } from './history-match';
import type { CompiledBrowserIndicators } from './types';

/** Far more pages than a browser keeps (Chrome keeps about 90 days), so history is read whole. */
export const HISTORY_LIMIT = 200_000;

/** The other extensions of this browser, reviewed (needs `management`). */
export async function reviewOtherExtensions(): Promise<ExtensionReview[]> {
  return reviewExtensions(await listExtensions(), ownId());
}

/** What the history review found, and how much history there was to search. */
export interface HistoryReview {
  readonly hits: readonly HistoryHit[];
  readonly apps: CompiledBrowserIndicators['apps'];
  /** Pages searched (one per address). */
  readonly searched: number;
  /** The oldest visit in history, if any: how far back the search could see. */
  readonly oldest?: number;
  /** History held more pages than were read. */
  readonly cut: boolean;
}

let lists: Promise<{ apps: CompiledBrowserIndicators['apps']; index: HostIndex }> | undefined;

/** The hosts of the stalkerware lists, from their own chunk (loaded when the review first runs). */
function loadHosts() {
  lists ??= import('virtual:lockstep/browser-indicators').then(({ default: data }) => ({
    apps: data.apps,
    index: buildHostIndex(data.hosts),
  }));
  return lists;
}

/**
 * Searches this browser's whole history, on the device, for the stalkerware vendors' sites and
 * the servers their apps report to (needs `history`). Nothing is kept.
 */
export async function reviewHistory(): Promise<HistoryReview> {
  const start = performance.now();
  const [{ apps, index }, pages] = await Promise.all([
    loadHosts(),
    readWholeHistory(HISTORY_LIMIT),
  ]);
  let oldest: number | undefined;
  for (const page of pages)
    if (page.lastVisitTime !== undefined && (oldest === undefined || page.lastVisitTime < oldest))
      oldest = page.lastVisitTime;
  const matching = performance.now();
  const hits = scanHistory(pages, index);
  // Read by `npm run bench`: the whole review (the browser's history search included), and
  // Lockstep's own matching alone.
  performance.measure('lockstep:history-match', { start: matching });
  performance.measure('lockstep:history-review', { start });
  return { hits, apps, searched: pages.length, oldest, cut: pages.length >= HISTORY_LIMIT };
}
