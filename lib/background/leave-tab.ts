import { browser } from 'wxt/browser';
import type { LeaveRequest } from '../browser/page-requests';
import { forgetLockstepPages } from '../browser/history';
import { giveBackWhatNothingHolds } from './permissions';

/** Closing waits for the tab to show its blank page, and no longer than this. */
const CLOSE_WAIT_MS = 2_000;

/** What answering a quick exit does in the browser (a fake stands in for it in unit tests). */
export interface LeaveSteps {
  /** Opens the neutral page: an address, or '' for the browser's new-tab page. */
  open(url: string): Promise<unknown>;
  /** Resolves once the tab has shown its blank page, or after CLOSE_WAIT_MS at most. */
  blank(tabId: number): Promise<void>;
  close(tabId: number): Promise<unknown>;
  /** After the tabs are gone: a review quick exit cut short gives its permission back. */
  giveBack(): Promise<unknown>;
  /** The history clean-up the person chose (lib/browser/history.ts). */
  sweep(): Promise<unknown>;
}

/**
 * Quick exit, as the background answers one page (`tabId`: its tab; none for the popup). What
 * the person sees comes first: the neutral page opens (on the page that pressed it) while the
 * tab goes blank, and the tab closes once it is blank. The session's keys are gone before this
 * is asked (lib/pages/leave-now.ts). The clean-up runs after, with nothing of Lockstep on screen.
 * Resolves as soon as the page may go blank; never rejects.
 */
export function answerLeave(
  request: LeaveRequest,
  tabId: number | undefined,
  steps: LeaveSteps = browserSteps,
): Promise<'tab' | 'no-tab'> {
  const quietly = (work: () => Promise<unknown>) =>
    work().then(
      () => undefined,
      () => undefined,
    );
  const open = request.open;
  // The tab goes blank while it is still in front (a tab behind another is slowed down), then
  // the neutral page opens, then the tab closes (closing a window's last tab closes the window).
  const blanked = tabId === undefined ? Promise.resolve() : steps.blank(tabId);
  const opened = blanked.then(() =>
    typeof open === 'string' ? quietly(() => steps.open(open)) : undefined,
  );
  const closed =
    tabId === undefined ? opened : opened.then(() => quietly(() => steps.close(tabId)));
  void closed.then(async () => {
    await quietly(() => steps.giveBack());
    if (request.sweep === true) await quietly(() => steps.sweep());
  });
  return Promise.resolve(tabId === undefined ? 'no-tab' : 'tab');
}

function blank(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      browser.tabs.onUpdated.removeListener(onUpdated);
      clearTimeout(timer);
      resolve();
    };
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') done();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    const timer = setTimeout(done, CLOSE_WAIT_MS);
  });
}

const browserSteps: LeaveSteps = {
  open: (url) => browser.tabs.create(url ? { url, active: true } : { active: true }),
  blank,
  close: (tabId) => browser.tabs.remove(tabId),
  giveBack: () => giveBackWhatNothingHolds({ endReviews: true }),
  sweep: forgetLockstepPages,
};
