const CHANNEL = 'lockstep-pages';

/** What one open Lockstep page tells all the others. */
export type PageMessage = 'changed' | 'lock' | 'quick-exit' | 'wipe';

const MESSAGES: readonly PageMessage[] = ['changed', 'lock', 'quick-exit', 'wipe'];

export interface PageChannel {
  post(message: PageMessage): void;
  close(): void;
}

/**
 * Lockstep's open pages talk over one BroadcastChannel (same origin: only Lockstep's own
 * pages can join): a write makes the others reload, a lock or quick exit reaches every page, and
 * a wipe makes them let go of the database. Anything else on the channel is ignored.
 */
export function openPageChannel(onMessage: (message: PageMessage) => void): PageChannel {
  if (typeof BroadcastChannel === 'undefined')
    return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = MESSAGES.find((m) => m === event.data);
    if (message) onMessage(message);
  };
  return {
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
