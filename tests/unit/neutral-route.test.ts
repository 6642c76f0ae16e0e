import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setNeutralRoutes } from '@/lib/state/neutral-route';
import { parseRoute, routeHash, type Route } from '@/lib/state/route';

const ROUTES: Route[] = [
  { name: 'plan' },
  { name: 'add' },
  { name: 'account', id: 'acc 1/2' },
  { name: 'edit', id: '42' },
  { name: 'look', id: 'x' },
  { name: 'locked-out', id: '7' },
  { name: 'impersonation' },
  { name: 'map' },
  { name: 'help' },
  { name: 'about' },
  { name: 'data' },
  { name: 'data', section: 'quick-exit' },
  { name: 'password' },
  { name: 'password', id: 'acc 1' },
  { name: 'welcome' },
  { name: 'device' },
  { name: 'browser-check' },
  { name: 'checkup' },
  { name: 'session' },
  { name: 'session-print' },
  { name: 'intake' },
  { name: 'start' },
  { name: 'evidence' },
  { name: 'evidence', finding: 'f 1' },
  { name: 'evidence-print' },
  { name: 'evidence-archive' },
];

afterEach(() => setNeutralRoutes(false));

describe('discreet addresses (issue 27)', () => {
  it('names no page, site or step in discreet mode, and reads back as the same page', () => {
    setNeutralRoutes(true);
    for (const route of ROUTES) {
      const hash = routeHash(route);
      expect(hash).toMatch(/^#\/n\/\d+(\/[^/]+)?$/);
      expect(hash).not.toContain(route.name);
      expect(parseRoute(hash)).toEqual(route);
    }
    const withStep = routeHash({ name: 'account', id: 'a', step: 'remove_forwarding' });
    expect(withStep).not.toContain('forwarding');
    expect(parseRoute(withStep)).toEqual({ name: 'account', id: 'a' });
    expect(routeHash({ name: 'add', site: 'stopstalkerware.org' })).not.toContain('stalker');
  });

  it('gives each page its own number', () => {
    setNeutralRoutes(true);
    const hashes = ROUTES.filter((r) => !('id' in r) && !('section' in r)).map(routeHash);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('still reads the plain addresses (bookmarks), and its own after discreet mode is off', () => {
    setNeutralRoutes(true);
    const neutral = routeHash({ name: 'session' });
    expect(parseRoute('#/session')).toEqual({ name: 'session' });
    setNeutralRoutes(false);
    expect(routeHash({ name: 'session' })).toBe('#/session');
    expect(parseRoute(neutral)).toEqual({ name: 'session' });
  });

  it('sends an unknown number to the plan', () => {
    for (const hash of ['#/n', '#/n/', '#/n/999', '#/n/x/y', '#/n/%E0'])
      expect(parseRoute(hash)).toEqual({ name: 'plan' });
  });
});

/** Every .tsx file under `dir`, read as text. */
function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.tsx'))
    .map((name) => ({ path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));
}

describe('links between pages', () => {
  it('go through routeHash, so discreet mode gets its neutral address', () => {
    const plain = [...sources('components'), ...sources('lib')].filter(({ text }) =>
      /href=["'{`]*#\//.test(text),
    );
    expect(plain.map(({ path }) => path)).toEqual([]);
  });
});
