import { browser } from 'wxt/browser';
import type { PageRequest } from '../browser/page-requests';
import { answerLeave } from './leave-tab';

/** A site handed over by the popup lives here for a minute at most, in memory only. */
const HAND_OVER_MS = 60_000;

function isPageRequest(message: unknown): message is PageRequest {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'close-tab' || type === 'hand-over-site' || type === 'take-site';
}

/**
 * Answers Lockstep's own pages: hold a site for the add page, and close a tab once it has
 * replaced its Lockstep page with a blank one (quick exit), so nothing of the plan stays in
 * the tab's history or in "Recently closed". Messages from anyone else are ignored.
 */
export function answerPageRequests(): void {
  let handed: { site: string; until: number } | undefined;
  const origin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(origin)) return undefined;
    if (!isPageRequest(message)) return undefined;
    if (message.type === 'hand-over-site') {
      handed = { site: String(message.site).slice(0, 2_000), until: Date.now() + HAND_OVER_MS };
      return Promise.resolve(true);
    }
    if (message.type === 'take-site') {
      const site = handed && handed.until > Date.now() ? handed.site : undefined;
      handed = undefined;
      return Promise.resolve(site ?? null);
    }
    if (message.type !== 'close-tab') return undefined; // the history sweep answers its own
    // Quick exit: the page goes blank once this answers; its tab closes when it is blank.
    return answerLeave(message, sender.tab?.id);
  });
}
