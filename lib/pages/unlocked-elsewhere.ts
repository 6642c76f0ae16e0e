/**
 * Why the popup said "Your plan is locked" while the plan was open: the passphrase's key lives
 * only in the memory of the page that unlocked it, and the popup is a page of its own. Rather
 * than hand the key to another page, the popup asks the open pages whether one holds the plan
 * unlocked, and if so leads the person to that tab. Only a yes and a tab id cross over.
 */

const CHANNEL = 'lockstep-unlocked';
const ASK = 'is-unlocked';

interface Answer {
  readonly type: 'unlocked';
  readonly tabId: number;
}

/**
 * In an open Lockstep page: answers the popup's question while `isUnlocked()` says the plan is
 * unlocked here. Returns a function that stops answering.
 */
export function answerWhenUnlocked(
  isUnlocked: () => boolean,
  tabId: () => Promise<number | undefined>,
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (event.data !== ASK || !isUnlocked()) return;
    void tabId().then((id) => {
      if (id !== undefined) channel.postMessage({ type: 'unlocked', tabId: id } satisfies Answer);
    });
  };
  return () => channel.close();
}

/**
 * In the popup: the tab of an open page that holds the plan unlocked, or undefined when none
 * answers within `waitMs` (open pages answer at once; a closed one never does).
 */
export function findUnlockedTab(waitMs = 300): Promise<number | undefined> {
  if (typeof BroadcastChannel === 'undefined') return Promise.resolve(undefined);
  const channel = new BroadcastChannel(CHANNEL);
  return new Promise((resolve) => {
    const done = (tabId: number | undefined) => {
      clearTimeout(timer);
      channel.close();
      resolve(tabId);
    };
    const timer = setTimeout(() => done(undefined), waitMs);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const answer = event.data as Partial<Answer> | null;
      if (answer?.type === 'unlocked' && typeof answer.tabId === 'number') done(answer.tabId);
    };
    channel.postMessage(ASK);
  });
}
