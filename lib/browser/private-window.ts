import { browser } from 'wxt/browser';

/**
 * Opens a web page in a new private (Incognito) window, so the visit leaves no history in this
 * browser once that window closes. Chrome opens one for any extension (an extension's own pages
 * could not go there, a web page can); Firefox refuses an extension the person has not allowed
 * in private windows. False when the browser said no: the page then says how to do it by hand.
 */
export async function openInPrivateWindow(url: string): Promise<boolean> {
  if (!url.startsWith('https:')) return false;
  try {
    await browser.windows.create({ url, incognito: true });
    return true;
  } catch {
    return false;
  }
}
