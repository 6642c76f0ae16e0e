import { browser } from 'wxt/browser';

/** Opens the dashboard once, when Lockstep is first installed (not on updates). */
export function onInstalled(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  });
}
