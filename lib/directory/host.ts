import { parse } from 'tldts';

/** A website Lockstep can look up: its host, and the registrable domain it sits under. */
export interface SiteHost {
  /** Lowercase, ASCII (punycode), no port, no trailing dot, no leading `www.`. */
  readonly host: string;
  /** The registrable domain (public suffix list, private suffixes included), or null when the
   * host is itself a public suffix (gov.uk, github.io). */
  readonly domain: string | null;
}

const WEB = /^https?:$/;

/**
 * Reads a URL or a bare hostname, in any case, with a port, a trailing dot, `www.` or an
 * internationalised name. Returns null for anything that is not a public website: garbage,
 * IP addresses, localhost, browser-internal, extension and file pages. Never throws.
 */
export function siteHost(input: string): SiteHost | null {
  const text = input.trim();
  if (!text || text.length > 2048 || /\s/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(
      /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^/:]+:\d+/.test(text) ? text : `https://${text}`,
    );
  } catch {
    return null;
  }
  if (!WEB.test(url.protocol)) return null;
  let host = url.hostname.toLowerCase().replace(/\.+$/, '');
  if (host.startsWith('www.')) host = host.slice(4);
  if (!host.includes('.') || host.startsWith('[')) return null;
  const info = parse(host, { allowPrivateDomains: true });
  if (info.isIp || !info.publicSuffix || info.hostname !== host) return null;
  // Only names under a known suffix: "foo.notatld" is garbage, not a site.
  if (!info.isIcann && !info.isPrivate) return null;
  return { host, domain: info.domain };
}

/** The host and each parent up to and including the registrable domain, most specific first. */
export function hostChain({ host, domain }: SiteHost): string[] {
  if (!domain) return [host];
  const chain = [host];
  let current = host;
  while (current !== domain && current.includes('.')) {
    current = current.slice(current.indexOf('.') + 1);
    chain.push(current);
    if (current === domain) break;
  }
  return chain;
}
