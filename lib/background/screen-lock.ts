import { browser } from 'wxt/browser';
import type { PageEnvelope } from '../browser/page-relay';
import { relayToPages } from '../browser/page-relay';

/**
 * Locks every open Lockstep page when the operating system's screen locks (issue "Tampering is
 * seen", item 6). Chrome reports "locked" on Windows, macOS and ChromeOS and on some Linux
 * desktops; Firefox never does, so there only the idle time set in Lockstep locks the plan
 * (the Firefox build asks for no `idle` permission). The pages hear it as another page's lock.
 */
export function lockWithTheScreen(): void {
  if (!browser.idle?.onStateChanged) return;
  browser.idle.onStateChanged.addListener((state) => {
    if (state !== 'locked') return;
    const envelope: PageEnvelope = { message: 'lock', id: crypto.randomUUID(), from: 'screen' };
    relayToPages(envelope);
  });
}
