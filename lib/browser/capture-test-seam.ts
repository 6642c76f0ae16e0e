import { browser } from 'wxt/browser';

/**
 * Test builds only (`import.meta.env.LOCKSTEP_TEST_BUILD`, see wxt.config.ts): no test can click
 * the toolbar button, so the popup page is opened in a second window and copies the shown tab of
 * the window that is not Lockstep's own. The test build has `tabs` and a host permission for it.
 */
export async function testCaptureTabs() {
  const ours = browser.runtime.getURL('/');
  const shown = await browser.tabs.query({ active: true });
  return shown.filter((tab) => tab.url !== undefined && !tab.url.startsWith(ours));
}
