import type { Settings } from '../plan/types';
import { forgetLockstepPages } from '../browser/history';
import { leaveThisTab, openNeutralPage } from '../browser/tabs';
import { blankPage } from '../safety/blank';
import { clearClipboard } from '../safety/clipboard';
import type { PageMessage } from './page-channel';

/** What quick exit needs from a page: its settings, its own clean-up, and the other pages. */
export interface LeaveParts {
  readonly settings: () => Pick<Settings, 'clearHistory' | 'quickExitUrl'>;
  /**
   * Starts at once, before any tab closes (a closing tab can cut a write short): a running
   * session ends and the key is forgotten. Resolves when the session is gone; never rejects.
   */
  readonly endAndLock: () => Promise<void>;
  readonly post: (message: PageMessage) => void;
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
  const ended = parts.endAndLock();
  if (initiator) {
    parts.post('quick-exit');
    await ended;
    await cleared;
    if (settings.clearHistory) await forgetLockstepPages().catch(() => undefined);
    await openNeutralPage(settings.quickExitUrl).catch(() => undefined);
  }
  await ended;
  await leaveThisTab().catch(() => undefined);
}
