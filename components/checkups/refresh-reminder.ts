import { browser } from 'wxt/browser';

/** Asks the background to set its alarm and dot again from the stored due time. */
export async function refreshReminder(): Promise<void> {
  await browser.runtime.sendMessage({ type: 'checkup-refresh' }).catch(() => undefined);
}
