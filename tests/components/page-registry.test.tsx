import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NAV_PAGES, PAGES, pageEntry } from '@/components/pages';
import { parseRoute, routeHash, type Route } from '@/lib/state/route';

/** A route for each page: pages that need an id get one with characters that need escaping. */
const sampleRoute = (name: string): Route =>
  (['account', 'edit', 'look', 'locked-out'].includes(name)
    ? { name, id: 'a b/c%' }
    : { name }) as Route;

describe('the page registry', () => {
  it('names each page once', () => {
    const names = PAGES.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives every page an address that reads back as the same page', () => {
    for (const entry of PAGES) {
      const route = sampleRoute(entry.name);
      expect(parseRoute(routeHash(route))).toEqual(route);
      expect(pageEntry(entry.name)).toBe(entry);
    }
    expect(pageEntry('no-such-page').name).toBe('plan');
  });

  it('never keeps a page that shows the plan open while it is locked', () => {
    for (const entry of PAGES) expect(entry.openWhileLocked && entry.showsPlanData).toBe(false);
  });

  it('has every navigation label in every locale', () => {
    const locales = resolve('public/_locales');
    for (const locale of readdirSync(locales)) {
      const messages = JSON.parse(
        readFileSync(resolve(locales, locale, 'messages.json'), 'utf8'),
      ) as Record<string, unknown>;
      for (const entry of NAV_PAGES) expect(messages, locale).toHaveProperty(entry.nav!.label);
    }
  });

  it('keeps only the plan in the first download; every other page loads to a component', async () => {
    for (const entry of PAGES) {
      if ('eager' in entry.page) expect(entry.name).toBe('plan');
      else expect(typeof (await entry.page.load())).toBe('function');
    }
  });
});
