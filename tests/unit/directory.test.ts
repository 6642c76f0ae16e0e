import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getPublicSuffix } from 'tldts';
import { describe, expect, it } from 'vitest';
import { compileSiteData, dataDir, KNOWN_DEVIATIONS } from '@/lib/build/site-data';
import { createDirectory, singleEntry, supportsMfa, type Lookup } from '@/lib/directory/directory';
import { siteHost } from '@/lib/directory/host';
import { suggestKind } from '@/lib/directory/kind';
import { rankMethods } from '@/lib/directory/methods';
import { createSearch } from '@/lib/directory/search';

const DIR = dataDir(process.cwd());
const compiled = compileSiteData(DIR);
const directory = createDirectory(compiled.directory);
const search = createSearch(compiled.directory.entries, compiled.directory.categories);
const raw = (file: string) =>
  JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;

const names = (result: Lookup) =>
  result.state === 'found' ? result.entries.map((e) => e.n) : result.state;

describe('compiled directory', () => {
  it('holds every 2FA Directory entry, plus passkey-only sites, with source stamps', () => {
    const tfa = Object.keys(raw('2fa-directory/entries.json'));
    expect(tfa).toHaveLength(2566);
    const domains = new Set(compiled.directory.entries.map((e) => e.d));
    for (const domain of tfa) expect(domains.has(domain), domain).toBe(true);
    const withTfa = compiled.directory.entries.filter((e) => (e.m?.length ?? 0) > 0);
    expect(withTfa).toHaveLength(1881);
    const passkeys = raw('passkeys-directory/entries.json');
    const withPasskey = compiled.directory.entries.filter((e) => e.pk);
    expect(withPasskey.length).toBe(
      Object.values(passkeys).filter((w) => {
        const e = Object.values(w as object)[0] as { mfa?: string; passwordless?: string };
        return e.mfa || e.passwordless;
      }).length,
    );
    expect(compiled.directory.sources.map((s) => s.date)).toEqual([
      '2026-08-04',
      '2026-08-04',
      '2026-08-22',
    ]);
    expect(directory.asOf).toBe('2026-08-22');
    expect(Object.keys(compiled.siteRules.changePassword)).toHaveLength(651);
    expect(Object.keys(compiled.siteRules.passwordRules)).toHaveLength(434);
  });

  it('repairs only the known upstream deviations, and they are still there', () => {
    expect(compiled.deviations).toEqual(Object.keys(KNOWN_DEVIATIONS));
    expect(compiled.directory.entries.find((e) => e.d === 'aero.zip')?.c).toEqual(['backup']);
  });

  it('fails the build with a message naming the file and the entry', () => {
    expect(() => compileSiteData('/nonexistent/lockstep-data')).toThrow(/LOCKSTEP_DATA_DIR/);
  });

  it('ships the attribution its licences require', () => {
    expect(compiled.notices).toContain('Data sourced from 2FA Directory by 2factorauth');
    expect(compiled.notices).toContain('CC BY 4.0');
    expect(compiled.notices).toContain('password-manager-resources');
    expect(compiled.notices).toContain('Copyright');
  });
});

describe('matching a site', () => {
  it('accepts URLs and hostnames in any case, with a port, trailing dot, www. or IDN', () => {
    for (const input of [
      'github.com',
      'GitHub.COM',
      'https://github.com/settings',
      'github.com:443',
      'github.com.',
      'www.github.com',
      'https://www.github.com./login',
    ])
      expect(names(directory.lookup(input)), input).toEqual(['GitHub']);
    expect(siteHost('bücher.de')?.host).toBe('xn--bcher-kva.de');
  });

  it('finds subdomain entries and additional domains, the most specific first', () => {
    expect(names(directory.lookup('https://mail.google.com/mail/u/0/'))).toEqual(['Gmail']);
    expect(names(directory.lookup('gmail.com'))).toEqual(['Gmail']);
    expect(names(directory.lookup('amazon.co.uk'))).toEqual(['Amazon']);
    // A page deeper under a listed host still matches it.
    expect(names(directory.lookup('https://gist.github.com/x'))).toEqual(['GitHub']);
  });

  it('returns every entry under a registrable domain that has none of its own', () => {
    const result = directory.lookup('google.com');
    expect(result.state).toBe('found');
    const found = names(result) as string[];
    expect(found).toContain('Gmail');
    expect(found.length).toBeGreaterThan(1);
  });

  it('offers the services under the domain of a sign-in host that is not listed itself', () => {
    // Where people sign in to the largest providers. Each host is absent from the data on its
    // own; the services listed elsewhere under the same registrable domain are offered instead.
    const cases: Record<string, { under: string; includes: string[] }> = {
      'accounts.google.com': { under: 'google.com', includes: ['Gmail', 'Google Drive'] },
      'myaccount.google.com': { under: 'google.com', includes: ['Gmail'] },
      'login.live.com': { under: 'live.com', includes: ['Outlook.com', 'OneDrive'] },
      'account.live.com': { under: 'live.com', includes: ['Outlook.com'] },
      'account.microsoft.com': { under: 'microsoft.com', includes: ['Microsoft 365 Copilot'] },
      'login.microsoft.com': { under: 'microsoft.com', includes: ['Microsoft Azure'] },
      'account.apple.com': { under: 'apple.com', includes: ['Apple'] },
      'idmsa.apple.com': { under: 'apple.com', includes: ['Apple'] },
      'signin.aws.amazon.com': { under: '', includes: ['Amazon Web Services'] },
    };
    for (const [host, want] of Object.entries(cases)) {
      const result = directory.lookup(`https://${host}/signin`);
      expect(result.state, host).toBe('found');
      if (result.state !== 'found') continue;
      expect(result.host).toBe(host);
      if (want.under) expect(result.under, host).toBe(want.under);
      expect(names(result), host).toEqual(expect.arrayContaining(want.includes));
      if (want.under) expect(singleEntry(result), host).toBeUndefined();
    }
  });

  it('offers a plain "Google Account" first at Google’s account pages, with Gmail’s two-step facts', () => {
    const gmail = directory.entries.find((e) => e.d === 'mail.google.com')!;
    for (const host of ['accounts.google.com', 'myaccount.google.com']) {
      const result = directory.lookup(`https://${host}/`);
      expect(result.state === 'found' && result.entries[0]?.n, host).toBe('Google Account');
      const account = result.state === 'found' ? result.entries[0]! : undefined;
      expect(account?.m).toEqual(gmail.m);
      expect(account?.d).toBe(host);
    }
    expect(names(directory.lookup('gmail.com'))).toEqual(['Gmail']);
    expect(names(directory.lookup('drive.google.com'))).toEqual(['Google Drive']);
  });

  it('still names the one listed service for sign-in hosts the data lists', () => {
    const cases: Record<string, string> = {
      'login.microsoftonline.com': 'Microsoft 365 Copilot',
      'appleid.apple.com': 'Apple',
      'login.yahoo.com': 'Yahoo',
      'www.facebook.com': 'Facebook',
      'www.instagram.com': 'Instagram',
      'twitter.com': 'X (Twitter)',
      'www.amazon.com': 'Amazon',
      'www.paypal.com': 'PayPal',
      'outlook.live.com': 'Outlook.com',
      'accounts.spotify.com': 'Spotify',
      'account.proton.me': 'Proton',
    };
    for (const [host, name] of Object.entries(cases)) {
      const result = directory.lookup(host);
      expect(names(result), host).toEqual([name]);
      expect(result.state === 'found' && result.under, host).toBe(undefined);
      expect(singleEntry(result)?.n, host).toBe(name);
    }
  });

  it('never crosses a public suffix, and handles entries that are one', () => {
    expect(names(directory.lookup('gov.uk'))).toEqual(['GOV.UK']);
    expect(names(directory.lookup('www.gov.uk'))).toEqual(['GOV.UK']);
    expect(directory.lookup('some-council.gov.uk').state).toBe('unknown');
    expect(directory.lookup('someone.github.io').state).toBe('unknown');
  });

  it('says unknown, never "no MFA", for sites not listed; and lists sites without MFA', () => {
    expect(directory.lookup('my-little-bakery-example.com')).toEqual({
      state: 'unknown',
      host: 'my-little-bakery-example.com',
    });
    const without = compiled.directory.entries.find((e) => !supportsMfa(e) && e.ct);
    expect(without).toBeDefined();
    const result = directory.lookup(without?.d ?? '');
    expect(result.state === 'found' && !supportsMfa(result.entries[0]!)).toBe(true);
  });

  it('gives a clear "not a website" for garbage, IPs, localhost, internal and file pages', () => {
    for (const input of [
      '',
      'hello world',
      '127.0.0.1',
      'http://[::1]/',
      'localhost:3000',
      'chrome://settings',
      'about:blank',
      'file:///home/me/a.html',
      'moz-extension://x/y',
      'javascript:alert(1)',
      'not_a_domain',
    ])
      expect(directory.lookup(input), input).toEqual({ state: 'not-a-site' });
  });

  it('ranks methods strongest first, in plain categories', () => {
    const github = compiled.directory.entries.find((e) => e.d === 'github.com')!;
    expect(rankMethods(github).map((m) => m.kind)).toEqual([
      'passkey',
      'security-key',
      'authenticator',
      'vendor-app',
      'sms',
    ]);
    expect(rankMethods(github).find((m) => m.kind === 'vendor-app')?.names).toEqual([
      'GitHub Mobile',
    ]);
    expect(
      rankMethods(github)
        .filter((m) => m.weak)
        .map((m) => m.kind),
    ).toEqual(['sms']);
  });

  it('maps directory categories and known domains to plan kinds', () => {
    const kind = (d: string, hasMainEmail = false) =>
      suggestKind(
        compiled.directory.entries.find((e) => e.d === d)!,
        { hasMainEmail },
      );
    expect(kind('mail.google.com')).toBe('primary-email');
    expect(kind('mail.google.com', true)).toBe('other-email');
    expect(kind('proton.me')).toBe('primary-email');
    for (const d of ['verizon.com', 'att.com', 't-mobile.com', 'vodafone.co.uk'])
      expect(kind(d), d).toBe('phone-carrier');
    expect(kind('pge.com')).toBe('other');
    for (const d of ['whatsapp.com', 'signal.org', 'telegram.org'])
      expect(kind(d), d).toBe('messaging');
    expect(kind('chase.com')).toBe('banking');
    expect(kind('paypal.com')).toBe('banking');
    expect(kind('icloud.com')).toBe('device-cloud');
    expect(kind('appleid.apple.com')).toBe('device-cloud');
    expect(kind('bitwarden.com')).toBe('password-manager');
    expect(kind('life360.com')).toBe('trackers');
    expect(kind('ring.com')).toBe('smart-home');
    expect(kind('facebook.com')).toBe('social');
    expect(kind('amazon.com')).toBe('shopping');
    expect(kind('github.com')).toBe('other');
    // Issue 32's kinds.
    expect(kind('usps.com')).toBe('mail-address');
    for (const d of ['xbox.com', 'playstation.com']) expect(kind(d), d).toBe('games');
    for (const d of ['irs.gov', 'ssa.gov', 'healthcare.gov']) expect(kind(d), d).toBe('government');
    expect(kind('strava.com')).toBe('fitness');
    expect(kind('mychart.org')).toBe('health');
  });
});

describe('matching, property tests', () => {
  const hostLabel = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        directory.lookup(text);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        directory.lookup(url);
      }),
      { numRuns: 1000 },
    );
  });

  it('never matches an entry across a public suffix', () => {
    const suffixHosts = compiled.directory.entries.flatMap((e) => [e.d, ...(e.a ?? [])]);
    const suffixes = [
      'github.io',
      'herokuapp.com',
      'blogspot.com',
      'gov.uk',
      'co.uk',
      'com',
      'azurewebsites.net',
    ];
    fc.assert(
      fc.property(
        hostLabel,
        fc.constantFrom(...suffixes),
        fc.constantFrom(...suffixHosts),
        (label, suffix, any) => {
          const host = `${label}.${suffix}`;
          const result = directory.lookup(host);
          if (result.state !== 'found') return;
          const site = siteHost(host)!;
          for (const entry of result.entries) {
            const hosts = [entry.d, ...(entry.a ?? [])];
            // Each matched entry lives at or under the registrable domain, never above it.
            expect(
              hosts.some(
                (h) =>
                  h === site.host ||
                  (site.domain !== null && (h === site.domain || h.endsWith(`.${site.domain}`))),
              ),
              `${host} → ${entry.d}`,
            ).toBe(true);
            expect(getPublicSuffix(host, { allowPrivateDomains: true })).not.toBe(host);
          }
          void any;
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('search', () => {
  it('finds accounts by a few letters of the name, a domain or a category, best first', () => {
    expect(search.search('gmai')[0]?.n).toBe('Gmail');
    expect(search.search('github.com')[0]?.n).toBe('GitHub');
    expect(search.search('https://www.amazon.co.uk/gp')[0]?.n).toBe('Amazon');
    expect(search.search('banking').length).toBe(8);
    expect(search.search('g')).toEqual([]);
  });
});
