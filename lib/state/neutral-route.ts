import type { Route } from './route';

/**
 * Discreet mode's addresses (issue 27): `#/session`, `#/intake` or `#/locked-out/…` in the
 * address bar, the history and a printed footer say what the page is for. With discreet mode on,
 * each page is a number instead (`#/n/17`), and what would name a site or a step is left out.
 * The numbers are stored identities (bookmarks, history): add new pages at the end, never renumber.
 */
const CODES: Readonly<Record<Route['name'], string>> = {
  plan: '1',
  add: '2',
  account: '3',
  edit: '4',
  look: '5',
  'locked-out': '6',
  impersonation: '7',
  map: '8',
  help: '9',
  about: '10',
  data: '11',
  password: '12',
  welcome: '13',
  device: '14',
  'browser-check': '15',
  checkup: '16',
  session: '17',
  'session-print': '18',
  intake: '19',
  start: '20',
  evidence: '21',
  'evidence-print': '22',
  'evidence-archive': '23',
};

const NAMES: ReadonlyMap<string, Route['name']> = new Map(
  Object.entries(CODES).map(([name, code]) => [code, name as Route['name']]),
);

/** The first part of a neutral address. */
export const NEUTRAL_PREFIX = 'n';
/** Quick exit's settings section, neutrally. */
const QUICK_EXIT_SECTION = 'q';

let neutral = false;

/** Discreet mode on or off: the addresses made from now on follow it. */
export function setNeutralRoutes(on: boolean): void {
  neutral = on;
}

/** The neutral hash for a route, or undefined when discreet mode is off. */
export function neutralHash(route: Route): string | undefined {
  if (!neutral) return undefined;
  const code = CODES[route.name];
  // A finding's id is random, like an account's: it names nothing.
  if (route.name === 'evidence' && route.finding)
    return `#/${NEUTRAL_PREFIX}/${code}/${encodeURIComponent(route.finding)}`;
  if ('id' in route && route.id !== undefined)
    return `#/${NEUTRAL_PREFIX}/${code}/${encodeURIComponent(route.id)}`;
  if (route.name === 'data' && route.section)
    return `#/${NEUTRAL_PREFIX}/${code}/${QUICK_EXIT_SECTION}`;
  return `#/${NEUTRAL_PREFIX}/${code}`;
}

/**
 * The parts of a neutral address (after `n`) as the plain parts they stand for, so the one
 * parser reads both; undefined for a number no page has.
 */
export function plainParts(parts: readonly string[]): string[] | undefined {
  const [code = '', id = ''] = parts;
  const name = NAMES.get(code);
  if (!name) return undefined;
  if (name === 'data') return id === QUICK_EXIT_SECTION ? [name, 'quick-exit'] : [name];
  return id ? [name, id] : [name];
}
