/**
 * The app lookup over both bundled lists (ISDI app flags, Echap's indicators). Pure: no
 * browser, no DOM. Exact only: an Android package, an iOS bundle id or a vendor web address
 * matches one app; a name matches every listed app of that name (names are shared: 29 apps are
 * called "Find My Phone"), so a name gives a single answer only when one app has it. Names that
 * merely start the same are "similar", never a match. Lockstep never calls an app safe.
 */
import { answer, similarTo } from './app-answer';
import { buildAppIndex, type Draft } from './app-index';
import { bareHost, nameKey, PACKAGE_ID, shortTitle } from './names';
import type { CompiledDeviceData } from './types';
import type {
  AppLookup,
  DeviceLists,
  EchapEntry,
  IsdiEntry,
  ListedApp,
  LookupBy,
} from './lookup-types';

export type { AppLookup, DeviceLists, EchapEntry, IsdiEntry, ListedApp, LookupBy };

export { SIMILAR_LIMIT } from './app-answer';

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

/** Builds the lookup from the compiled lists (once, when the device page first needs it). */
export function createDeviceLists(data: CompiledDeviceData): DeviceLists {
  const { groups, ids, byId, byName, byHost } = buildAppIndex(data);
  const sortedNames = [...byName.keys()].sort();
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
      return answer(query, 'name', [...exact], [], similarTo(sortedNames, byName, keys, exact));
    },
  };
}
