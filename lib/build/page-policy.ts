/**
 * The content security policy of every Lockstep page (dashboard, popup, the strength worker):
 * nothing may be fetched or connected to, no plug-in objects, no <base>, no form posts, no
 * framing by other pages; scripts and workers only from the package itself. Styles allow
 * 'unsafe-inline' because each page injects its bundled CSS as one <style> element
 * (lib/pages/inject-styles.ts). `blob:` images are the evidence log's own files, drawn from
 * memory when the person asks to see them; no image is drawn from a data: URL, so none is allowed.
 * Build time only: wxt.config.ts puts it in the manifest (WXT writes the MV2 string form for
 * Firefox itself).
 */
export const PAGE_POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'blob:'],
  'connect-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The policy as a manifest string. `devServer`: `wxt` (development only) reloads pages over a
 * local websocket, which `connect-src 'none'` would block; a build never has it.
 */
export function pagePolicy(devServer?: string): string {
  return Object.entries(PAGE_POLICY)
    .map(([directive, sources]) =>
      [
        directive,
        ...(directive === 'connect-src' && devServer ? [devServer, 'ws://localhost:*'] : sources),
      ].join(' '),
    )
    .join('; ');
}
