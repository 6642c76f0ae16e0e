import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from '@/lib/state/route';

describe('routes', () => {
  it('round-trips every page through the hash', () => {
    const routes: Route[] = [
      { name: 'plan' },
      { name: 'add' },
      { name: 'add', site: 'mail.google.com' },
      { name: 'data' },
      { name: 'password' },
      { name: 'password', id: 'acc 1' },
      { name: 'help' },
      { name: 'about' },
      { name: 'welcome' },
      { name: 'account', id: 'a b/c' },
      { name: 'edit', id: '42' },
    ];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('treats anything unknown or incomplete as the plan', () => {
    for (const hash of ['', '#', '#/', '#/nope', '#/account', '#/account/', 'garbage']) {
      expect(parseRoute(hash)).toEqual({ name: 'plan' });
    }
  });
});
