import { browser } from 'wxt/browser';
import { historyKeepsLockstepPages } from './differences';

/**
 * The one module that touches browser history, through the optional `history` permission: it
 * is asked for only when the person turns on "remove Lockstep from history". In a browser that
 * keeps no history of Lockstep's pages (Firefox) the permission is not in the manifest, and
 * every function here does nothing.
 */
const PERMISSION = { permissions: ['history' as const] };

export async function hasHistoryPermission(): Promise<boolean> {
  if (!historyKeepsLockstepPages()) return false;
  return browser.permissions.contains(PERMISSION).catch(() => false);
}

/** Must run in a click handler: browsers only ask for permissions after a user gesture. */
export async function requestHistoryPermission(): Promise<boolean> {
  if (!historyKeepsLockstepPages()) return false;
  return browser.permissions.request(PERMISSION).catch(() => false);
}

export async function dropHistoryPermission(): Promise<void> {
  if (!historyKeepsLockstepPages()) return;
  await browser.permissions.remove(PERMISSION).catch(() => false);
}

/** Deletes every visit to Lockstep's own pages from history (when allowed; else nothing). */
export async function forgetLockstepPages(): Promise<void> {
  if (!(await hasHistoryPermission())) return;
  const origin = browser.runtime.getURL('/');
  const visits = await browser.history.search({ text: '', startTime: 0, maxResults: 10_000 });
  await Promise.all(
    visits
      .filter((item) => item.url?.startsWith(origin))
      .map((item) => browser.history.deleteUrl({ url: item.url ?? '' })),
  );
}
