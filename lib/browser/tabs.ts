import { browser } from 'wxt/browser';
import { routeHash, type Route } from '../state/route';
import { askBackground, type LeaveRequest } from './page-requests';

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
 * Leaves the tab this Lockstep page is in without a trace in it: the page replaces itself with
 * a blank one (so neither Back nor "Recently closed" brings the plan back), and the background
 * closes the tab once the blank page shows (lib/background/leave-tab.ts). A popup (no tab)
 * closes its window instead. With `open` (the page that pressed Quick exit), the background
 * first opens the neutral page: the browser's own new-tab page ('') or the address chosen; no
 * request comes from Lockstep's pages. With `sweep`, it cleans history once the tabs are gone.
 */
export async function leaveThisTab(how: Omit<LeaveRequest, 'type'> = {}): Promise<void> {
  const answer = await askBackground({ type: 'close-tab', ...how }).catch(() => undefined);
  if (answer === 'tab') return window.location.replace('about:blank');
  if (answer === 'no-tab') return window.close();
  // No background answered: do it from here, without the blank step.
  if (how.open !== undefined) await openNeutralPage(how.open).catch(() => undefined);
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab?.id === undefined) window.close();
  else await browser.tabs.remove(tab.id);
}

/** Opens the browser's new-tab page, or the address the person chose, in a new tab. */
async function openNeutralPage(url: string): Promise<void> {
  await browser.tabs.create(url ? { url, active: true } : { active: true });
}

/**
 * The address of the tab the person opened the popup on. `activeTab` grants it for that tab
 * only, because the person clicked Lockstep's button; Lockstep never reads other tabs.
 */
export async function activeTabUrl(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}
