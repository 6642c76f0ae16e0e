import type { Settings } from '../plan/types';
import { forgetLockstepPages } from '../browser/history';
import { leaveThisTab, openNeutralPage } from '../browser/tabs';
import { blankPage } from '../safety/blank';
import { clearClipboard } from '../safety/clipboard';
import type { PageMessage } from './page-channel';

/** What quick exit needs from a page: its settings, its own clean-up, and the other pages. */
export interface LeaveParts {
  readonly settings: () => Pick<Settings, 'clearHistory'>;
  /**
   * Starts at once, before any tab closes (a closing tab can cut a write short): a running
   * session ends and the key is forgotten. Resolves when the session is gone; never rejects.
   */
  readonly endAndLock: () => Promise<void>;
  readonly post: (message: PageMessage) => void;
  /** Where to land (lib/safety/exit-url.ts exitTarget: the new-tab page while locked). */
  readonly exitUrl: () => string;
}

/**
 * Quick exit, the same on every Lockstep page (the popup's short one included): the clipboard
 * and the page first, then the session and key, then (on the page that pressed it) the other
 * pages, the history clean-up the person chose and a neutral page; this tab closes last.
 */
export async function leaveNow(parts: LeaveParts, initiator: boolean): Promise<void> {
  // First, while this page still has focus: the clipboard may hold a copied password.
  const cleared = clearClipboard();
  blankPage();
  const settings = parts.settings();
  const exitUrl = parts.exitUrl();
  const ended = parts.endAndLock();
  if (initiator) {
    parts.post('quick-exit');
    await ended;
    await cleared;
    if (settings.clearHistory) await forgetLockstepPages().catch(() => undefined);
    await openNeutralPage(exitUrl).catch(() => undefined);
  }
  await ended;
  await leaveThisTab().catch(() => undefined);
}
