import type { Settings } from '../plan/types';
import { leaveThisTab } from '../browser/tabs';
import { blankPage } from '../safety/blank';
import { clearClipboard } from '../safety/clipboard';
import type { PageMessage } from './page-channel';

/** What quick exit needs from a page: its settings, its own clean-up, and the other pages. */
export interface LeaveParts {
  readonly settings: () => Pick<Settings, 'clearHistory'>;
  /**
   * Starts at once, before any tab closes (a closing tab can cut a write short): a running
   * session ends, a waiting page copy goes and the key is forgotten. Resolves when they are
   * gone; never rejects.
   */
  readonly endAndLock: () => Promise<void>;
  readonly post: (message: PageMessage) => void;
  /** Where to land (lib/safety/exit-url.ts exitTarget: the new-tab page while locked). */
  readonly exitUrl: () => string;
}

/**
 * Quick exit, the same on every Lockstep page (the popup's short one included). What the person
 * sees comes first: the clipboard (while this page still has focus: it may hold a copied
 * password) and the page blank at once, the session's keys removed and the other pages told.
 * Once the keys are gone, one request to the background opens the neutral page (on the page that
 * pressed it) and closes this tab when it is blank; the history clean-up the person chose runs
 * there after the tabs are gone (lib/background/leave-tab.ts).
 */
export async function leaveNow(parts: LeaveParts, initiator: boolean): Promise<void> {
  const cleared = clearClipboard();
  blankPage();
  const settings = parts.settings();
  const exitUrl = parts.exitUrl();
  const ended = parts.endAndLock();
  if (!initiator) {
    await ended;
    return leaveThisTab().catch(() => undefined);
  }
  parts.post('quick-exit');
  // The neutral page takes the focus: the clipboard is emptied before it opens.
  await Promise.all([ended, cleared]);
  await leaveThisTab({ open: exitUrl, sweep: settings.clearHistory }).catch(() => undefined);
}
