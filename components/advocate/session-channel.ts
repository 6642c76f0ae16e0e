import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** Tells every open Lockstep page that a session started or ended (this device only). */
const CHANNEL = 'lockstep-advocate-session';

export type SessionMessage = 'started' | 'ended';

/** What this page itself last said: its own listeners ignore it. */
let sentHere: SessionMessage | null = null;

export function postSessionMessage(message: SessionMessage): void {
  sentHere = message;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(message);
  channel.close();
}

/** Listens for session messages; returns a function that stops listening. */
export function onSessionMessage(listener: (message: SessionMessage) => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if (event.data === sentHere) return;
    if (event.data === 'started' || event.data === 'ended') listener(event.data);
  };
  return () => channel.close();
}

/** Closes this tab (its own tab needs no permission); a page that is not a tab reloads. */
export async function closeThisTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else location.reload();
}

/**
 * A session page closes itself when the session ends in another tab, so none of the session's
 * plan stays on screen: every page with the banner, and the print view, which has none.
 */
export function useCloseWhenSessionEnds(inSession: boolean): void {
  useEffect(
    () =>
      onSessionMessage((message) => {
        if (message === 'ended' && inSession) void closeThisTab();
      }),
    [inSession],
  );
}
