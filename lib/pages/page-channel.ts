import type { PageEnvelope, PageRelay } from '../browser/page-relay';

const CHANNEL = 'lockstep-pages';

/** What one open Lockstep page tells all the others. */
export type PageMessage = 'changed' | 'lock' | 'quick-exit' | 'wipe';

const MESSAGES: readonly PageMessage[] = ['changed', 'lock', 'quick-exit', 'wipe'];
/**
 * Sent through the background too, so they reach pages in other windows' storage partitions
 * (Firefox's private windows). "changed" stays on the channel: a private window's plan is its own.
 */
const RELAYED: readonly PageMessage[] = ['lock', 'quick-exit', 'wipe'];

export interface PageChannel {
  post(message: PageMessage): void;
  close(): void;
}

const NO_RELAY: PageRelay = { send: () => undefined, listen: () => () => undefined };

/**
 * Lockstep's open pages talk over one BroadcastChannel (same origin: only Lockstep's own
 * pages can join): a write makes the others reload, a lock or quick exit reaches every page, and
 * a wipe makes them let go of the database. Lock, quick exit and wipe also go through `relay`
 * (the background script), because a BroadcastChannel does not cross from a private window to a
 * normal one; a page that hears a message both ways acts on it once. Anything else is ignored.
 */
export function openPageChannel(
  onMessage: (message: PageMessage) => void,
  relay: PageRelay = NO_RELAY,
): PageChannel {
  const self = crypto.randomUUID();
  const seen = new Set<string>();
  const deliver = (data: unknown) => {
    const envelope = data as Partial<PageEnvelope> | null;
    const message = MESSAGES.find((m) => m === envelope?.message);
    if (!message || typeof envelope?.id !== 'string' || envelope.from === self) return;
    if (seen.has(envelope.id)) return;
    seen.add(envelope.id);
    onMessage(message);
  };
  const channel =
    typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);
  if (channel) channel.onmessage = (event: MessageEvent<unknown>) => deliver(event.data);
  const stopRelay = relay.listen(deliver);
  return {
    post: (message) => {
      const envelope: PageEnvelope = { message, id: crypto.randomUUID(), from: self };
      channel?.postMessage(envelope);
      if (RELAYED.includes(message)) relay.send(envelope);
    },
    close: () => {
      channel?.close();
      stopRelay();
    },
  };
}
