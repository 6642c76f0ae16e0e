import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from '@/lib/state/route';
import { createHashRouter } from '@/lib/state/router';

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
      { name: 'device' },
      { name: 'account', id: 'a b/c' },
      { name: 'account', id: 'a b/c', step: 'turn_on_mfa' },
      { name: 'edit', id: '42' },
      { name: 'look', id: 'x/y' },
      { name: 'locked-out', id: '7' },
      { name: 'impersonation' },
    ];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('treats anything unknown or incomplete as the plan', () => {
    for (const hash of ['', '#', '#/', '#/nope', '#/account', '#/account/', 'garbage']) {
      expect(parseRoute(hash)).toEqual({ name: 'plan' });
    }
  });
});

describe('malformed addresses', () => {
  it('sends a bad escape such as #/account/%E0 to the plan instead of throwing', () => {
    for (const hash of ['#/account/%E0', '#/%E0', '#/edit/%', '#/add/%zz', '#/password/%E0%A4']) {
      expect(parseRoute(hash)).toEqual({ name: 'plan' });
    }
  });

  it('never throws for any string, and always gives a known page', () => {
    const names = [
      'plan',
      'add',
      'account',
      'edit',
      'help',
      'about',
      'data',
      'password',
      'welcome',
      'look',
      'locked-out',
      'device',
      'impersonation',
    ];
    const pieces = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom('#', '/', '%', '%E0', '%zz', 'account', 'edit', 'add', 'password'),
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 8 }).map((list) => list.join('')),
        (hash) => {
          expect(names).toContain(parseRoute(hash).name);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('round-trips any account id, whatever characters it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (id) => {
        expect(parseRoute(routeHash({ name: 'account', id }))).toEqual({ name: 'account', id });
      }),
    );
  });

  it('the router starts on the plan from a malformed address and follows later ones', () => {
    const win = new EventTarget() as EventTarget & {
      location: { hash: string };
      document: EventTarget;
    };
    win.location = { hash: '#/account/%E0' };
    win.document = new EventTarget();
    const router = createHashRouter(win as unknown as Window);
    expect(router.route.value).toEqual({ name: 'plan' });
    win.location.hash = '#/help';
    win.dispatchEvent(new Event('hashchange'));
    expect(router.route.value).toEqual({ name: 'help' });
    win.location.hash = '#/edit/%E0';
    expect(() => win.dispatchEvent(new Event('hashchange'))).not.toThrow();
    expect(router.route.value).toEqual({ name: 'plan' });
  });
});
