import type { HostEntry, HostKind } from './types';

/** Host → every way it is on the lists. */
export type HostIndex = ReadonlyMap<string, readonly HostEntry[]>;

const KINDS: Readonly<Record<string, HostKind>> = { s: 'site', v: 'server' };

/** Builds the index from the compiled lines (`<kind>[=]<app> <host>`); bad lines are skipped. */
export function buildHostIndex(lines: string): HostIndex {
  const index = new Map<string, HostEntry[]>();
  for (const line of lines.split('\n')) {
    const found = /^([sv])(=?)(\d+) (\S+)$/u.exec(line);
    const kind = found?.[1] && KINDS[found[1]];
    if (!found?.[4] || !kind) continue;
    const entry: HostEntry = { app: Number(found[3]), kind, exact: found[2] === '=' };
    const list = index.get(found[4]);
    if (list) list.push(entry);
    else index.set(found[4], [entry]);
  }
  return index;
}

/**
 * The host of a web address in history (http, https, ws, wss), lowercased and without a final
 * dot; null for anything else (a file, a browser page, an extension page, a malformed address).
 */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  const found = /^(?:https?|wss?):\/\/(?:[^/?#@]*@)?(\[[^\]]*\]|[^/?#:]+)/iu.exec(url);
  const host = found?.[1]?.toLowerCase().replace(/\.$/u, '');
  return host && !host.startsWith('[') ? host : null;
}

/**
 * Every list entry a visited host matches: the listed host itself, or a subdomain of it, never
 * a parent (a visit to appspot.com matches nothing) and never by registrable domain (a server
 * on shared hosting matches only its exact host).
 */
export function matchHost(host: string, index: HostIndex): HostEntry[] {
  const matches: HostEntry[] = [];
  let candidate = host;
  for (;;) {
    for (const entry of index.get(candidate) ?? [])
      if (candidate === host || !entry.exact) matches.push(entry);
    const dot = candidate.indexOf('.');
    if (dot < 0) return matches;
    candidate = candidate.slice(dot + 1);
  }
}

/** One page of history as the browser gives it. */
export interface HistoryVisit {
  readonly url?: string;
  readonly lastVisitTime?: number;
  readonly visitCount?: number;
}

/** A visited host that is on the lists, with what history says of it. */
export interface HistoryHit {
  readonly host: string;
  /** The apps it belongs to (indexes in the compiled list), and why it is listed. */
  readonly entries: readonly HostEntry[];
  /** The newest visit to any page of this host, if the browser says. */
  readonly lastVisit?: number;
  /** Visits to all its pages, as the browser counts them. */
  readonly visits: number;
}

/** The hosts in history that are on the lists, one each, the most recently visited first. */
export function scanHistory(items: readonly HistoryVisit[], index: HostIndex): HistoryHit[] {
  const hits = new Map<string, { entries: HostEntry[]; lastVisit?: number; visits: number }>();
  const misses = new Set<string>();
  for (const item of items) {
    const host = hostOf(item.url);
    if (!host || misses.has(host)) continue;
    let hit = hits.get(host);
    if (!hit) {
      const entries = matchHost(host, index);
      if (!entries.length) {
        misses.add(host);
        continue;
      }
      hit = { entries, visits: 0 };
      hits.set(host, hit);
    }
    hit.visits += Math.max(1, item.visitCount ?? 1);
    const at = item.lastVisitTime;
    if (
      at !== undefined &&
      Number.isFinite(at) &&
      (hit.lastVisit === undefined || at > hit.lastVisit)
    )
      hit.lastVisit = at;
  }
  return [...hits]
    .map(([host, hit]) => ({ host, ...hit }))
    .sort((a, b) => (b.lastVisit ?? 0) - (a.lastVisit ?? 0) || a.host.localeCompare(b.host));
}
