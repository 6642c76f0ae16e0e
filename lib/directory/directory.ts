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

/**
 * Indexes every `domain` and `additional-domains` host. Lookup: the exact host first, then each
 * parent up to the registrable domain (never across a public suffix); the most specific host
 * that is listed wins. Given only a registrable domain with nothing listed at it, every entry
 * living under it comes back (google.com: Gmail, Google Drive…).
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
      const under = site.host === site.domain ? byRoot.get(site.host) : undefined;
      if (under) return { state: 'found', host: site.host, entries: under };
      return { state: 'unknown', host: site.host };
    },
  };
}
