import { browser } from 'wxt/browser';
import { routeHash, type Route } from '../state/route';
import { askBackground } from './page-requests';

/**
 * The one module that opens Lockstep's pages in tabs. `tabs.create` needs no permission: we
 * never read other tabs.
 */
export async function openDashboard(accountId?: string): Promise<void> {
  const hash = accountId ? routeHash({ name: 'account', id: accountId }) : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${hash}`) });
}

/** Opens the dashboard at a page (for example the add page for a site). */
export async function openDashboardAt(route: Route): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${routeHash(route)}`) });
}

/** This page's tab, when it is in one (not the popup). */
export async function currentTabId(): Promise<number | undefined> {
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  return tab?.id;
}

/** Brings one of Lockstep's own tabs to the front (no permission: only its tab id is known). */
export async function showTab(tabId: number): Promise<void> {
  const tab = await browser.tabs.update(tabId, { active: true });
  if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
}

/** The extension's version from its manifest. */
export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}

/**
 * Leaves the person on a neutral page: the browser's own new-tab page unless they chose an
 * address. The browser loads it in a new tab; no request comes from Lockstep's pages.
 */
export async function openNeutralPage(url: string): Promise<void> {
  await browser.tabs.create(url ? { url, active: true } : { active: true });
}

/**
 * Leaves the tab this Lockstep page is in without a trace in it: the page replaces itself with
 * a blank one (so neither Back nor "Recently closed" brings the plan back), and the background
 * closes the tab once the blank page shows. A popup (no tab) closes its window instead.
 */
export async function leaveThisTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab?.id === undefined) {
    window.close();
    return;
  }
  const asked = await askBackground({ type: 'close-tab', tabId: tab.id }).catch(() => false);
  if (asked) window.location.replace('about:blank');
  else await browser.tabs.remove(tab.id);
}

/**
 * The address of the tab the person opened the popup on. `activeTab` grants it for that tab
 * only, because the person clicked Lockstep's button; Lockstep never reads other tabs.
 */
export async function activeTabUrl(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}
