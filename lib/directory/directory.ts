import { accountPageEntry } from './account-pages';
import { hostChain, siteHost, type SiteHost } from './host';
import type { CompactEntry, CompiledDirectory, SourceStamp } from './types';

/** What the directory says about a site. "unknown" is never "no MFA": it is simply not listed. */
export type Lookup =
  | { readonly state: 'not-a-site' }
  | { readonly state: 'unknown'; readonly host: string }
  | {
      readonly state: 'found';
      readonly host: string;
      /** One entry, or several when only a shared root was given (google.com): the person picks. */
      readonly entries: readonly CompactEntry[];
      /**
       * Set when the host itself is not listed but services under its registrable domain are
       * (accounts.google.com: Gmail, Google Drive…): the person picks, even from one.
       */
      readonly under?: string;
    };

export interface Directory {
  readonly entries: readonly CompactEntry[];
  readonly categories: Readonly<Record<string, string>>;
  readonly sources: readonly SourceStamp[];
  /** The date of the newest source snapshot (YYYY-MM-DD): "directory as of". */
  readonly asOf: string;
  lookup(input: string): Lookup;
  /** The site behind a URL or hostname, or null when it is not a website (see host.ts). */
  siteHost(input: string): SiteHost | null;
}

export { supportsMfa } from './methods';

/** The one entry a lookup names for certain: listed at the host or a parent, not a choice. */
export function singleEntry(result: Lookup): CompactEntry | undefined {
  if (result.state !== 'found' || result.under || result.entries.length !== 1) return undefined;
  return result.entries[0];
}

/**
 * Indexes every `domain` and `additional-domains` host. Lookup: the exact host first, then each
 * parent up to the registrable domain (never across a public suffix); the most specific host
 * that is listed wins. With nothing listed at the host or its parents, every entry living under
 * its registrable domain comes back to choose from: google.com, and also the sign-in hosts
 * such as accounts.google.com or login.live.com where no service is listed on its own.
 */
export function createDirectory(data: CompiledDirectory): Directory {
  const byHost = new Map<string, CompactEntry[]>();
  const byRoot = new Map<string, CompactEntry[]>();
  const add = (map: Map<string, CompactEntry[]>, key: string, entry: CompactEntry) => {
    const list = map.get(key);
    if (!list) map.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  for (const entry of data.entries) {
    for (const host of [entry.d, ...(entry.a ?? [])]) add(byHost, host, entry);
    for (const root of entry.r ?? []) add(byRoot, root, entry);
  }

  return {
    entries: data.entries,
    categories: data.categories,
    sources: data.sources,
    siteHost,
    asOf:
      data.sources
        .map((s) => s.date)
        .sort()
        .at(-1) ?? '',
    lookup(input) {
      const site = siteHost(input);
      if (!site) return { state: 'not-a-site' };
      for (const host of hostChain(site)) {
        const entries = byHost.get(host);
        if (entries) return { state: 'found', host: site.host, entries };
      }
      // A provider's own account page offers the plain account first, then its services.
      const account = accountPageEntry(site.host, byHost);
      const services = site.domain ? byRoot.get(site.domain) : undefined;
      const under = account ? [account, ...(services ?? [])] : services;
      if (under && site.domain === site.host)
        return { state: 'found', host: site.host, entries: under };
      if (under && site.domain)
        return { state: 'found', host: site.host, entries: under, under: site.domain };
      return { state: 'unknown', host: site.host };
    },
  };
}
