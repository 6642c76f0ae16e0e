/**
 * The indexes behind the app lookup (lists.ts): every listed app as one group, found by app id,
 * by name and by vendor web address. Built once from the compiled lists. Pure: no browser, no DOM.
 */
import { bareHost, brandNames, nameKey, shortTitle } from './names';
import { FLAG_CODES, PREFIX_BASE, STORE_CODES, type CompiledDeviceData } from './types';
import type { EchapEntry, IsdiEntry, ListedApp } from './lookup-types';

/** A listed app while the indexes are built (its verdict and entries still grow). */
export type Draft = {
  key: string;
  name: string;
  aliases: string[];
  verdict: ListedApp['verdict'];
  echap?: EchapEntry;
  entries: IsdiEntry[];
  echapPackages: string[];
  echapBundles: string[];
};

export interface AppIndex {
  /** Echap's apps first, then the ISDI rows' apps in list order. */
  readonly groups: Draft[];
  readonly ids: readonly string[];
  readonly byId: Map<string, Draft[]>;
  readonly byName: Map<string, Set<Draft>>;
  readonly byHost: Map<string, Set<Draft>>;
}

/** The more serious of two verdicts. */
export const serious = (a: ListedApp['verdict'], b: ListedApp['verdict']) =>
  a === 'stalkerware' || b === 'stalkerware' ? 'stalkerware' : 'dual-use';

/** An iOS bundle id with its team prefix (`5ZPN38G6GE.com.x`) is also found as `com.x`. */
const TEAM_PREFIX = /^[A-Z0-9]{10}\./u;

function decodeIds(coded: string): string[] {
  let previous = '';
  return coded.split('\n').map((line) => {
    const shared = line.charCodeAt(0) - PREFIX_BASE;
    previous = previous.slice(0, shared) + line.slice(1);
    return previous;
  });
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V) {
  const set = map.get(key) ?? new Set();
  set.add(value);
  map.set(key, set);
}

function addId(index: AppIndex, id: string, group: Draft) {
  const key = id.toLowerCase();
  const list = index.byId.get(key) ?? [];
  if (!list.includes(group)) list.push(group);
  index.byId.set(key, list);
}

/** An id, and for an iOS bundle id with a team prefix, the id without it. */
function addIds(index: AppIndex, id: string, group: Draft) {
  addId(index, id, group);
  if (TEAM_PREFIX.test(id)) addId(index, id.replace(TEAM_PREFIX, ''), group);
}

function addName(index: AppIndex, name: string, group: Draft) {
  const key = nameKey(name);
  if (key) addTo(index.byName, key, group);
}

/** Echap's apps, each with its names, its packages and bundle ids, and its web addresses. */
function indexEchap(data: CompiledDeviceData, index: AppIndex) {
  data.echap.forEach((e) => {
    const group: Draft = {
      key: `echap:${e.n}`,
      name: e.n,
      aliases: [...(e.a ?? [])],
      verdict: e.t === 's' ? 'stalkerware' : 'dual-use',
      echap: { name: e.n, type: e.t === 's' ? 'stalkerware' : 'watchware', websites: e.w ?? [] },
      entries: [],
      echapPackages: [...(e.p ?? [])],
      echapBundles: [...(e.i ?? [])],
    };
    index.groups.push(group);
    for (const name of [group.name, ...group.aliases]) addName(index, name, group);
    for (const id of [...group.echapPackages, ...group.echapBundles]) addId(index, id, group);
    for (const site of e.w ?? []) addTo(index.byHost, bareHost(site), group);
  });
}

const emptyGroup = (key: string, name: string, verdict: Draft['verdict']): Draft => ({
  key,
  name,
  aliases: [],
  verdict,
  entries: [],
  echapPackages: [],
  echapBundles: [],
});

/** The app of one ISDI row that is not an Echap app's: a family's, or its own. */
function isdiGroup(
  index: AppIndex,
  families: Map<string, Draft>,
  row: { id: string; title: string; flag: IsdiEntry['flag'] },
): Draft {
  const { id, title, flag } = row;
  const verdict = flag === 'dual-use' ? 'dual-use' : 'stalkerware';
  const brands = flag === 'dual-use' ? [] : brandNames(title);
  if (brands.length > 1) {
    // One family of stalkerware sharing its names: one app, many packages.
    let group = families.get(title);
    if (!group) {
      group = {
        ...emptyGroup(`isdi:${title}`, brands[0] ?? title, verdict),
        aliases: brands.slice(1),
      };
      families.set(title, group);
      index.groups.push(group);
      for (const name of brands) addName(index, name, group);
    }
    group.verdict = serious(group.verdict, verdict);
    return group;
  }
  const group = emptyGroup(`isdi:${id}`, title || id, verdict);
  index.groups.push(group);
  if (title) {
    addName(index, title, group);
    // Dual-use titles were shortened at build time; stalkerware ones keep their full title.
    if (flag !== 'dual-use') addName(index, shortTitle(title), group);
  }
  return group;
}

/** The ISDI rows: a row marked `@n` belongs to Echap's app n; a blank title repeats the last. */
function indexIsdi(data: CompiledDeviceData, index: AppIndex, titleLines: readonly string[]) {
  const families = new Map<string, Draft>();
  let title = '';
  index.ids.forEach((id, row) => {
    const line = titleLines[row] ?? '';
    const store = STORE_CODES[data.flags[row * 2] ?? ''] ?? 'playstore';
    const flag = FLAG_CODES[data.flags[row * 2 + 1] ?? ''] ?? 'dual-use';
    if (line.startsWith('@')) {
      const group = index.groups[Number(line.slice(1))];
      if (!group) throw new Error(`The compiled device lists point to a missing app (${line}).`);
      group.verdict = serious(group.verdict, flag === 'dual-use' ? 'dual-use' : 'stalkerware');
      group.entries.push({ id, store, flag, title: group.name });
      addIds(index, id, group);
      title = '';
      return;
    }
    if (line) title = line;
    const group = isdiGroup(index, families, { id, title, flag });
    group.entries.push({ id, store, flag, title: title || id });
    addIds(index, id, group);
  });
}

/** Builds every index from the compiled lists; throws when the lists disagree in length. */
export function buildAppIndex(data: CompiledDeviceData): AppIndex {
  const ids = decodeIds(data.ids);
  const titleLines = data.titles.split('\n');
  if (titleLines.length !== ids.length || data.flags.length !== ids.length * 2)
    throw new Error('The compiled device lists are inconsistent.');
  const index: AppIndex = {
    groups: [],
    ids,
    byId: new Map(),
    byName: new Map(),
    byHost: new Map(),
  };
  indexEchap(data, index);
  indexIsdi(data, index, titleLines);
  return index;
}
