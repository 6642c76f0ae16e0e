/**
 * The app lookup over both bundled lists (ISDI app flags, Echap's indicators). Pure: no
 * browser, no DOM. Exact only: an Android package, an iOS bundle id or a vendor web address
 * matches one app; a name matches every listed app of that name (names are shared: 29 apps are
 * called "Find My Phone"), so a name gives a single answer only when one app has it. Names that
 * merely start the same are "similar", never a match. Lockstep never calls an app safe.
 */
import { bareHost, brandNames, nameKey, PACKAGE_ID, shortTitle } from './names';
import { FLAG_CODES, PREFIX_BASE, STORE_CODES, type CompiledDeviceData } from './types';
import type {
  AppLookup,
  DeviceLists,
  EchapEntry,
  IsdiEntry,
  ListedApp,
  LookupBy,
} from './lookup-types';

export type { AppLookup, DeviceLists, EchapEntry, IsdiEntry, ListedApp, LookupBy };

/** Most similar names shown. */
export const SIMILAR_LIMIT = 10;
/** A name shorter than this (letters and digits) gets no "similar" names. */
const SIMILAR_MIN = 4;
/** At most this many lines of a pasted list are looked up. */
export const LIST_LIMIT = 200;

/**
 * A pasted list as separate queries: one per line, or, for a single line, one per comma.
 * Trimmed, empty ones dropped, repeats once, at most LIST_LIMIT.
 */
export function splitList(text: string): string[] {
  const lines = text.split(/\r?\n/u).filter((line) => line.trim());
  const items = lines.length > 1 ? lines : text.split(',');
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of items) {
    const query = item.trim();
    if (!query || seen.has(query.toLowerCase())) continue;
    seen.add(query.toLowerCase());
    out.push(query);
    if (out.length === LIST_LIMIT) break;
  }
  return out;
}

function decodeIds(coded: string): string[] {
  let previous = '';
  return coded.split('\n').map((line) => {
    const shared = line.charCodeAt(0) - PREFIX_BASE;
    previous = previous.slice(0, shared) + line.slice(1);
    return previous;
  });
}

const serious = (a: ListedApp['verdict'], b: ListedApp['verdict']) =>
  a === 'stalkerware' || b === 'stalkerware' ? 'stalkerware' : 'dual-use';

/** An iOS bundle id with its team prefix (`5ZPN38G6GE.com.x`) is also found as `com.x`. */
const TEAM_PREFIX = /^[A-Z0-9]{10}\./u;

/** Builds the lookup from the compiled lists (once, when the device page first needs it). */
export function createDeviceLists(data: CompiledDeviceData): DeviceLists {
  const ids = decodeIds(data.ids);
  const titleLines = data.titles.split('\n');
  if (titleLines.length !== ids.length || data.flags.length !== ids.length * 2)
    throw new Error('The compiled device lists are inconsistent.');

  type Draft = {
    key: string;
    name: string;
    aliases: string[];
    verdict: ListedApp['verdict'];
    echap?: EchapEntry;
    entries: IsdiEntry[];
    echapPackages: string[];
    echapBundles: string[];
  };
  const groups: Draft[] = data.echap.map((e) => ({
    key: `echap:${e.n}`,
    name: e.n,
    aliases: [...(e.a ?? [])],
    verdict: e.t === 's' ? 'stalkerware' : 'dual-use',
    echap: {
      name: e.n,
      type: e.t === 's' ? 'stalkerware' : 'watchware',
      websites: e.w ?? [],
    },
    entries: [],
    echapPackages: [...(e.p ?? [])],
    echapBundles: [...(e.i ?? [])],
  }));
  const byId = new Map<string, Draft[]>();
  const byName = new Map<string, Set<Draft>>();
  const byHost = new Map<string, Set<Draft>>();
  const addId = (id: string, group: Draft) => {
    const key = id.toLowerCase();
    const list = byId.get(key) ?? [];
    if (!list.includes(group)) list.push(group);
    byId.set(key, list);
  };
  const addName = (name: string, group: Draft) => {
    const key = nameKey(name);
    if (!key) return;
    const set = byName.get(key) ?? new Set();
    set.add(group);
    byName.set(key, set);
  };
  groups.forEach((group, n) => {
    const e = data.echap[n];
    for (const name of [group.name, ...group.aliases]) addName(name, group);
    for (const id of [...group.echapPackages, ...group.echapBundles]) addId(id, group);
    for (const site of e?.w ?? []) {
      const set = byHost.get(bareHost(site)) ?? new Set();
      set.add(group);
      byHost.set(bareHost(site), set);
    }
  });

  const families = new Map<string, Draft>();
  let title = '';
  ids.forEach((id, row) => {
    const line = titleLines[row] ?? '';
    const store = STORE_CODES[data.flags[row * 2] ?? ''] ?? 'playstore';
    const flag = FLAG_CODES[data.flags[row * 2 + 1] ?? ''] ?? 'dual-use';
    const verdict = flag === 'dual-use' ? 'dual-use' : 'stalkerware';
    let group: Draft | undefined;
    if (line.startsWith('@')) {
      group = groups[Number(line.slice(1))];
      if (!group) throw new Error(`The compiled device lists point to a missing app (${line}).`);
      group.verdict = serious(group.verdict, verdict);
      group.entries.push({ id, store, flag, title: group.name });
      addId(id, group);
      if (TEAM_PREFIX.test(id)) addId(id.replace(TEAM_PREFIX, ''), group);
      title = '';
      return;
    }
    if (line) title = line;
    const brands = flag === 'dual-use' ? [] : brandNames(title);
    if (brands.length > 1) {
      // One family of stalkerware sharing its names: one app, many packages.
      group = families.get(title);
      if (!group) {
        group = {
          key: `isdi:${title}`,
          name: brands[0] ?? title,
          aliases: brands.slice(1),
          verdict,
          entries: [],
          echapPackages: [],
          echapBundles: [],
        };
        families.set(title, group);
        groups.push(group);
        for (const name of brands) addName(name, group);
      }
      group.verdict = serious(group.verdict, verdict);
    } else {
      group = {
        key: `isdi:${id}`,
        name: title || id,
        aliases: [],
        verdict,
        entries: [],
        echapPackages: [],
        echapBundles: [],
      };
      groups.push(group);
      if (title) {
        addName(title, group);
        // Dual-use titles were shortened at build time; stalkerware ones keep their full title.
        if (flag !== 'dual-use') addName(shortTitle(title), group);
      }
    }
    group.entries.push({ id, store, flag, title: title || id });
    addId(id, group);
    if (TEAM_PREFIX.test(id)) addId(id.replace(TEAM_PREFIX, ''), group);
  });

  const sortedNames = [...byName.keys()].sort();
  const freeze = (group: Draft): ListedApp => group;

  const answer = (
    query: string,
    by: LookupBy,
    apps: Draft[],
    matchedIds: string[],
    similar: Draft[] = [],
  ): AppLookup => ({
    query,
    by,
    apps: apps.map(freeze),
    matchedIds,
    similar: similar.map(freeze),
    verdict:
      apps.length === 0
        ? 'not-listed'
        : by !== 'name' || apps.length === 1
          ? apps.map((a) => a.verdict).reduce(serious)
          : undefined,
  });

  const similarTo = (keys: readonly string[], exact: ReadonlySet<Draft>): Draft[] => {
    const found = new Set<Draft>();
    for (const key of keys) {
      if (key.length < SIMILAR_MIN) continue;
      // Binary search to the first name at or after the key, then walk while names start with it.
      let lo = 0;
      let hi = sortedNames.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((sortedNames[mid] ?? '') < key) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < sortedNames.length && found.size < SIMILAR_LIMIT; i++) {
        const name = sortedNames[i] ?? '';
        if (!name.startsWith(key)) break;
        for (const group of byName.get(name) ?? [])
          if (!exact.has(group) && found.size < SIMILAR_LIMIT) found.add(group);
      }
    }
    return [...found];
  };

  return {
    sources: data.sources,
    size:
      ids.length + groups.reduce((n, g) => n + g.echapPackages.length + g.echapBundles.length, 0),
    lookup(raw: string): AppLookup {
      const query = raw.trim();
      if (!query) return answer(query, 'name', [], []);
      const looksLikeAddress = /:\/\/|\//u.test(query);
      if (PACKAGE_ID.test(query) || looksLikeAddress) {
        const id = query.toLowerCase();
        const byPackage = looksLikeAddress ? undefined : byId.get(id);
        if (byPackage?.length) return answer(query, 'package', byPackage, [id]);
        const bySite = byHost.get(bareHost(query));
        if (bySite?.size) return answer(query, 'website', [...bySite], []);
        if (looksLikeAddress) return answer(query, 'website', [], []);
      }
      const keys = [...new Set([nameKey(query), nameKey(shortTitle(query))])].filter(Boolean);
      const exact = new Set<Draft>();
      for (const key of keys) for (const group of byName.get(key) ?? []) exact.add(group);
      if (exact.size === 0 && PACKAGE_ID.test(query)) return answer(query, 'package', [], []);
      return answer(query, 'name', [...exact], [], similarTo(keys, exact));
    },
  };
}
