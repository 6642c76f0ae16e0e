import { browser } from 'wxt/browser';
import { routeHash } from '../state/route';

/**
 * The one module that opens Lockstep's pages in tabs. `tabs.create` needs no permission: we
 * never read other tabs.
 */
export async function openDashboard(accountId?: string): Promise<void> {
  const hash = accountId ? routeHash({ name: 'account', id: accountId }) : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${hash}`) });
}

/** The extension's version from its manifest. */
export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}
