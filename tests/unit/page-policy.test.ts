import { describe, expect, it } from 'vitest';
import { pagePolicy, PAGE_POLICY } from '@/lib/build/page-policy';
import {
  compileSiteData,
  dataDir,
  httpsLink,
  KNOWN_DEVIATIONS,
  SiteDataError,
} from '@/lib/build/site-data';

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );

describe('the page policy', () => {
  it('allows nothing but the package: no connections, objects, base, forms or framing', () => {
    expect(directives(pagePolicy())).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'self'"],
      'worker-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'blob:'],
      'connect-src': ["'none'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
    expect(pagePolicy()).not.toMatch(/unsafe-eval|https?:|data:|\*/);
  });

  it('opens connect-src only to the local dev server, and only when asked', () => {
    const dev = directives(pagePolicy('http://localhost:*'));
    expect(dev['connect-src']).toEqual(['http://localhost:*', 'ws://localhost:*']);
    expect(dev['script-src']).toEqual(PAGE_POLICY['script-src']);
  });
});

describe('links from the bundled data', () => {
  it('keeps https links', () => {
    expect(httpsLink('2fa-directory/x.com', 'documentation', 'https://x.com/help', [])).toBe(
      'https://x.com/help',
    );
    expect(httpsLink('2fa-directory/x.com', 'documentation', undefined, [])).toBeUndefined();
  });

  it('stops the build on any other link, naming the entry, the field and the fix', () => {
    for (const link of ['http://x.com/help', 'javascript:alert(1)', 'ftp://x.com', 'x.com/help'])
      expect(() => httpsLink('2fa-directory/x.com', 'recovery', link, [])).toThrow(SiteDataError);
    expect(() => httpsLink('2fa-directory/x.com', 'recovery', 'http://x.com/r', [])).toThrow(
      /2fa-directory\/x\.com: the recovery link "http:\/\/x\.com\/r" is not https.*KNOWN_DEVIATIONS/,
    );
  });

  it('leaves out, and reports, only the http links listed as known', () => {
    const deviations: string[] = [];
    expect(
      httpsLink(
        '2fa-directory/three.co.uk',
        'documentation',
        'http://www.three.co.uk/hub/',
        deviations,
      ),
    ).toBeUndefined();
    expect(deviations).toEqual(['2fa-directory/three.co.uk#documentation']);
  });

  it('compiles the pinned data with https links only', () => {
    const compiled = compileSiteData(dataDir(process.cwd()));
    const links = compiled.directory.entries.flatMap((e) =>
      [e.doc, e.rec, e.pk?.doc, e.ct?.form].filter((l): l is string => Boolean(l)),
    );
    links.push(...Object.values(compiled.siteRules.changePassword));
    expect(links.length).toBeGreaterThan(2000);
    for (const link of links) expect(new URL(link).protocol, link).toBe('https:');
    const known = Object.keys(KNOWN_DEVIATIONS).filter((k) => k.includes('#'));
    expect(compiled.deviations).toEqual(expect.arrayContaining(known));
    const improvmx = compiled.directory.entries.find((e) => e.d === 'improvmx.com');
    expect(improvmx?.m?.length).toBeGreaterThan(0);
    expect(improvmx?.doc).toBeUndefined();
  });
});
