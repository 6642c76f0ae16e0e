import { browser } from 'wxt/browser';

/** A page message as it travels between Lockstep's pages (see lib/pages/page-channel.ts). */
export interface PageEnvelope {
  readonly message: string;
  /** Unique per message: a page that hears it twice (channel and relay) acts once. */
  readonly id: string;
  /** The page that sent it, which ignores its own message when the relay brings it back. */
  readonly from: string;
}

/** What a page asks the background to pass on, and what the background passes on. */
const RELAY = 'relay-to-pages';
const RELAYED = 'relayed-to-pages';

export interface PageRelay {
  send(envelope: PageEnvelope): void;
  /** Calls `listener` for each envelope the background passes on; returns a stop function. */
  listen(listener: (envelope: unknown) => void): () => void;
}

function fromLockstep(sender: { id?: string; url?: string }): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

/**
 * The relay through the background script: Firefox gives private and normal windows separate
 * BroadcastChannels, but runtime messages reach every Lockstep page in both.
 */
export const runtimeRelay: PageRelay = {
  send(envelope) {
    void browser.runtime.sendMessage({ type: RELAY, envelope }).catch(() => undefined);
  },
  listen(listener) {
    const onMessage = (message: unknown, sender: { id?: string; url?: string }) => {
      const m = message as { type?: unknown; envelope?: unknown } | null;
      if (m?.type === RELAYED && fromLockstep(sender)) listener(m.envelope);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  },
};

/**
 * In the background: passes each page's relay request on to every Lockstep page (the sender
 * included; it knows its own message). Messages from anyone else are ignored.
 */
export function relayBetweenPages(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const m = message as { type?: unknown; envelope?: unknown } | null;
    if (m?.type !== RELAY || !fromLockstep(sender)) return undefined;
    relayToPages(m.envelope);
    return undefined;
  });
}

/** In the background: passes an envelope on to every open Lockstep page. */
export function relayToPages(envelope: unknown): void {
  void browser.runtime.sendMessage({ type: RELAYED, envelope }).catch(() => undefined);
}
