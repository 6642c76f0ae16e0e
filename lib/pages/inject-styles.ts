/**
 * Adds the page's CSS as one <style> element. Bundling CSS into the page's script saves the
 * render-blocking stylesheet requests (about 20 ms per page on our machines: `npm run bench`).
 */
export function injectStyles(...sheets: string[]): void {
  const style = document.createElement('style');
  style.textContent = sheets.join('\n');
  document.head.append(style);
}
