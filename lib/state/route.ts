import { NEUTRAL_PREFIX, neutralHash, plainParts } from './neutral-route';

/** The dashboard's pages, addressed by the URL's hash so Back and bookmarks work. */
export type Route =
  | { readonly name: 'plan' }
  | { readonly name: 'add'; readonly site?: string }
  /** `step`: the step to bring into view and focus on arrival ("Go to this step"). */
  | { readonly name: 'account'; readonly id: string; readonly step?: string }
  | { readonly name: 'edit'; readonly id: string }
  | { readonly name: 'look'; readonly id: string }
  | { readonly name: 'locked-out'; readonly id: string }
  /** "They post as me / share pictures of me" (issue 32): no account, general guidance. */
  | { readonly name: 'impersonation' }
  /** Who can get in, drawn (issue 35). */
  | { readonly name: 'map' }
  | { readonly name: 'help' }
  | { readonly name: 'about' }
  /** `section`: a part of the page to bring into view on arrival (quick exit's settings). */
  | { readonly name: 'data'; readonly section?: 'quick-exit' }
  | { readonly name: 'password'; readonly id?: string }
  | { readonly name: 'welcome' }
  | { readonly name: 'device' }
  | { readonly name: 'browser-check' }
  | { readonly name: 'checkup' }
  | { readonly name: 'session' }
  | { readonly name: 'session-print' }
  | { readonly name: 'intake' }
  | { readonly name: 'start' }
  /** `finding`: a kept finding the new entry is about ("Write this down"). */
  | { readonly name: 'evidence'; readonly finding?: string }
  | { readonly name: 'evidence-print' }
  | { readonly name: 'evidence-archive' };

/** Decodes one part of the address; a malformed escape such as `%E0` gives `undefined`. */
function decodePart(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/**
 * Reads a route from a hash such as `#/account/abc`. Never throws: anything unknown,
 * incomplete or malformed (a bad `%` escape typed or pasted into the address) is the plan.
 */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodePart);
  if (parts.some((part) => part === undefined)) return { name: 'plan' };
  const plain = parts[0] === NEUTRAL_PREFIX ? plainParts((parts as string[]).slice(1)) : parts;
  if (!plain) return { name: 'plan' };
  const [page = '', id = '', step = ''] = plain as string[];
  if (page === 'account' && id && step) return { name: page, id, step };
  if ((page === 'account' || page === 'edit' || page === 'look' || page === 'locked-out') && id)
    return { name: page, id };
  if (page === 'add' && id) return { name: 'add', site: id };
  if (page === 'evidence' && id) return { name: 'evidence', finding: id };
  if (page === 'data' && id === 'quick-exit') return { name: 'data', section: id };
  if (page === 'password') return id ? { name: 'password', id } : { name: 'password' };
  if (
    page === 'add' ||
    page === 'help' ||
    page === 'about' ||
    page === 'welcome' ||
    page === 'data' ||
    page === 'device' ||
    page === 'browser-check' ||
    page === 'checkup' ||
    page === 'session' ||
    page === 'session-print' ||
    page === 'intake' ||
    page === 'impersonation' ||
    page === 'start' ||
    page === 'evidence' ||
    page === 'evidence-print' ||
    page === 'evidence-archive' ||
    page === 'map'
  )
    return { name: page };
  return { name: 'plan' };
}

/**
 * The hash for a route: the inverse of `parseRoute`. In discreet mode a neutral one
 * (lib/state/neutral-route.ts), which leaves out a site or a step.
 */
export function routeHash(route: Route): string {
  const neutral = neutralHash(route);
  if (neutral) return neutral;
  if (route.name === 'account' && route.step)
    return `#/account/${encodeURIComponent(route.id)}/${encodeURIComponent(route.step)}`;
  if ('id' in route && route.id !== undefined)
    return `#/${route.name}/${encodeURIComponent(route.id)}`;
  if (route.name === 'add' && route.site) return `#/add/${encodeURIComponent(route.site)}`;
  if (route.name === 'evidence' && route.finding)
    return `#/evidence/${encodeURIComponent(route.finding)}`;
  if (route.name === 'data' && route.section) return `#/data/${route.section}`;
  return `#/${route.name}`;
}
