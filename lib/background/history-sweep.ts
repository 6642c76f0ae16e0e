import { browser } from 'wxt/browser';
import { historyKeepsLockstepPages } from '../browser/differences';
import { forgetLockstepPages } from '../browser/history';
import { oneAtATime } from '../safety/history-sweep';
import { readPlainSettings } from './plain-settings';

/** What a Lockstep page sends when it hides or its tab closes (lib/safety/history-sweep.ts). */
export const SWEEP_REQUEST = 'sweep-history';

/** Clean-up is on: the permission is held (checked first: no database read without it). */
async function cleanupOn(): Promise<boolean> {
  const allowed = await browser.permissions
    .contains({ permissions: ['history'] })
    .catch(() => false);
  return allowed && (await readPlainSettings())?.clearHistory === true;
}

/**
 * With history clean-up on, Lockstep's own pages never stay in history long enough to become a
 * new-tab tile or an address-bar suggestion: the background sweeps them at every start and when
 * a Lockstep page hides or closes (the page asks; a closing page cannot finish a sweep itself).
 * No `history.onVisited`: it would wake the background for every site the person visits.
 */
export function sweepLockstepHistory(): void {
  if (!historyKeepsLockstepPages()) return;
  const sweep = oneAtATime(async () => {
    if (await cleanupOn()) await forgetLockstepPages();
  });
  void sweep();
  const origin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(origin)) return undefined;
    if ((message as { type?: unknown } | null)?.type !== SWEEP_REQUEST) return undefined;
    void sweep();
    return undefined;
  });
}
