/** How the app lookup (lists.ts) answers: exact matches, their verdict, similar names. Pure. */
import { serious, type Draft } from './app-index';
import type { AppLookup, ListedApp, LookupBy } from './lookup-types';

/** Most similar names shown. */
export const SIMILAR_LIMIT = 10;
/** A name shorter than this (letters and digits) gets no "similar" names. */
const SIMILAR_MIN = 4;

const freeze = (group: Draft): ListedApp => group;

/**
 * The answer for `query`. A verdict comes from an id or an address, or from a name only one app
 * has; a name several apps share gets none (each is shown).
 */
export function answer(
  query: string,
  by: LookupBy,
  apps: readonly Draft[],
  matchedIds: string[],
  similar: readonly Draft[] = [],
): AppLookup {
  return {
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
  };
}

/** Listed apps whose names start with one of `keys` (not the exact ones), at most SIMILAR_LIMIT. */
export function similarTo(
  sortedNames: readonly string[],
  byName: ReadonlyMap<string, ReadonlySet<Draft>>,
  keys: readonly string[],
  exact: ReadonlySet<Draft>,
): Draft[] {
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
}
