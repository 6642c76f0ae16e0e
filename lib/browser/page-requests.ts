import { browser } from 'wxt/browser';

/**
 * What Lockstep's pages ask of the background script, and the one place that sends it. The
 * background answers only its own extension's pages (lib/background/page-requests.ts).
 */
export type PageRequest =
  | LeaveRequest
  | { readonly type: 'hand-over-site'; readonly site: string }
  | { readonly type: 'take-site' }
  | { readonly type: 'sweep-history' };

/**
 * Quick exit's last step on a page: the background closes the sender's tab once it shows its
 * blank page (a popup has no tab: it closes itself). On the page that pressed Quick exit it
 * also opens the neutral page (`open`: an address, or '' for the new-tab page) and, after the
 * tabs are gone, runs the history clean-up the person chose (`sweep`).
 */
export interface LeaveRequest {
  readonly type: 'close-tab';
  readonly open?: string;
  readonly sweep?: boolean;
}

export async function askBackground(request: PageRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

/**
 * The popup hands a site to the add page through the background's memory, never through the
 * page address: an address stays in history (in clear, even with the lock on).
 */
export async function handOverSite(site: string): Promise<void> {
  await askBackground({ type: 'hand-over-site', site });
}

/** The site the popup handed over, once; then it is forgotten. */
export async function takeHandedSite(): Promise<string | undefined> {
  const site = await askBackground({ type: 'take-site' }).catch(() => undefined);
  return typeof site === 'string' && site ? site : undefined;
}

/** Asks the background to sweep Lockstep's pages from history (lib/background/history-sweep.ts). */
export function askHistorySweep(): void {
  void askBackground({ type: 'sweep-history' }).catch(() => undefined);
}
