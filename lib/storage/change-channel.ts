const CHANNEL = 'lockstep-changes';

/** Tells other open Lockstep pages that stored data changed, and listens for the same. */
export interface ChangeChannel {
  announce(): void;
  close(): void;
}

/**
 * Two Lockstep tabs see each other's changes: every write is announced on a BroadcastChannel
 * (same-origin only: just Lockstep's own pages) and the others reload from storage.
 */
export function openChangeChannel(onChange: () => void): ChangeChannel {
  if (typeof BroadcastChannel === 'undefined')
    return { announce: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (event.data === 'changed') onChange();
  };
  return {
    announce: () => channel.postMessage('changed'),
    close: () => channel.close(),
  };
}
