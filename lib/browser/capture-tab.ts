import { browser } from 'wxt/browser';
import { testCaptureTabs } from './capture-test-seam';

/**
 * The one module that copies a tab's picture (`tabs.captureVisibleTab`). Apart from tabs.ts so
 * the popup's first download does not carry it: it loads on the click.
 */

/** The visible part of a tab, as the browser gives it, with the tab's address and title. */
export interface ShownPage {
  readonly url: string;
  readonly title: string;
  /** A base64 `data:` URL of a PNG (lib/evidence/data-url.ts reads it). */
  readonly dataUrl: string;
}

/**
 * A picture of the visible part of the tab the popup was opened on (`activeTab`, granted by the
 * click on Lockstep's button; Chrome allows about two a second). In the test build no test can
 * click the button: the popup page runs in a second window and copies the other window's tab.
 */
export async function captureShownTab(): Promise<ShownPage> {
  const [tab] = import.meta.env.LOCKSTEP_TEST_BUILD
    ? await testCaptureTabs()
    : await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.windowId === undefined) throw new Error('No tab to copy.');
  const dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
  return { url: tab.url ?? '', title: tab.title ?? '', dataUrl };
}
