import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  coversEverySite,
  reviewExtension,
  reviewExtensions,
  type ExtensionFacts,
  type ExtensionFlag,
} from '@/lib/browser-check/extension-risks';
import { buildHostIndex, hostOf, matchHost, scanHistory } from '@/lib/browser-check/history-match';
import { compileBrowserIndicators } from '@/lib/build/browser-indicators';
import { dataDir } from '@/lib/build/site-data';

const base: ExtensionFacts = { id: 'x', name: 'X', enabled: true, installType: 'normal' };

describe('the extension-risk rules', () => {
  it.each<[string, Partial<ExtensionFacts>, ExtensionFlag[]]>([
    ['a plain store extension: no flag', {}, []],
    ['every site (<all_urls>)', { hostPermissions: ['<all_urls>'] }, ['all-sites']],
    ['every site (*://*/*)', { hostPermissions: ['*://*/*'] }, ['all-sites']],
    ['every https site', { hostPermissions: ['https://*/*'] }, ['all-sites']],
    ['a whole top-level domain', { hostPermissions: ['*://*.com/*'] }, ['all-sites']],
    ['one site is not every site', { hostPermissions: ['https://*.example.com/*'] }, []],
    ['files are not sites', { hostPermissions: ['file:///*'] }, []],
    ['debugger', { permissions: ['debugger'] }, ['sensitive']],
    ['storage alone is not sensitive', { permissions: ['storage', 'alarms'] }, []],
    ['installed by policy', { installType: 'admin' }, ['by-policy']],
    ['sideloaded', { installType: 'sideload' }, ['outside-store']],
    ['other', { installType: 'other' }, ['outside-store']],
    ['developer build', { installType: 'development' }, ['developer']],
    ['disabled but present', { enabled: false }, ['disabled']],
    [
      'several at once',
      {
        hostPermissions: ['<all_urls>'],
        permissions: ['cookies'],
        installType: 'admin',
        enabled: false,
      },
      ['all-sites', 'sensitive', 'by-policy', 'disabled'],
    ],
  ])('%s', (_name, facts, flags) => {
    expect(reviewExtension({ ...base, ...facts }).flags).toEqual(flags);
  });

  it('names each kind of sensitive access once, in a fixed order', () => {
    const review = reviewExtension({
      ...base,
      permissions: [
        'webRequestBlocking',
        'history',
        'webRequest',
        'tabCapture',
        'clipboardRead',
        'nativeMessaging',
        'proxy',
        'management',
        'tabs',
        'cookies',
        'debugger',
      ],
    });
    expect(review.sensitive).toEqual([
      'history',
      'tabs',
      'cookies',
      'requests',
      'debugger',
      'proxy',
      'clipboard',
      'native-messaging',
      'capture',
      'management',
    ]);
  });

  it('leaves out Lockstep itself and themes, and puts the most flagged first', () => {
    const list = reviewExtensions(
      [
        { ...base, id: 'self', name: 'Lockstep' },
        { ...base, id: 't', name: 'Dark theme', type: 'theme', enabled: false },
        { ...base, id: 'a', name: 'Adblock' },
        {
          ...base,
          id: 'w',
          name: 'Watcher',
          hostPermissions: ['<all_urls>'],
          permissions: ['debugger'],
        },
        { ...base, id: 'b', name: 'Bookmarks', enabled: false },
      ],
      'self',
    );
    expect(list.map((r) => r.name)).toEqual(['Watcher', 'Bookmarks', 'Adblock']);
  });

  it('reads match patterns strictly', () => {
    expect(coversEverySite('<all_urls>')).toBe(true);
    expect(coversEverySite('ws://*/*')).toBe(true);
    expect(coversEverySite('https://mail.google.com/*')).toBe(false);
    expect(coversEverySite('not a pattern')).toBe(false);
  });
});

// s: a vendor site (and its subdomains); v: a server; =: the exact host only.
const index = buildHostIndex(
  [
    's0 mspy.com',
    'v0 api.spyserver.net',
    'v=1 catwatch-123.appspot.com',
    'v=1 69.64.74.239',
    's1 catwatch.net',
    'v2 api.spyserver.net',
    'junk line',
  ].join('\n'),
);

describe('the history matcher', () => {
  it.each<[string, string, number[]]>([
    ['a vendor site', 'mspy.com', [0]],
    ['a vendor subdomain', 'www.mspy.com', [0]],
    ['a deeper subdomain', 'panel.eu.mspy.com', [0]],
    ['a look-alike is not a subdomain', 'notmspy.com', []],
    ['a parent of a listed server is not listed', 'spyserver.net', []],
    ['a server shared by two apps', 'api.spyserver.net', [0, 2]],
    ['shared hosting: the exact host', 'catwatch-123.appspot.com', [1]],
    ['shared hosting: never its neighbours', 'other-app.appspot.com', []],
    ['shared hosting: never the host’s parent', 'appspot.com', []],
    ['shared hosting: not even a subdomain of the listed host', 'x.catwatch-123.appspot.com', []],
    ['an IP address, exactly', '69.64.74.239', [1]],
    ['an IP address is never a suffix', '1.69.64.74.239', []],
  ])('%s', (_name, host, apps) => {
    expect(matchHost(host, index).map((e) => e.app)).toEqual(apps);
  });

  it.each<[string | undefined, string | null]>([
    ['https://www.mspy.com/pricing?x=1', 'www.mspy.com'],
    ['http://User:pw@MSPY.com.:8080/a', 'mspy.com'],
    ['wss://api.spyserver.net/socket', 'api.spyserver.net'],
    ['chrome-extension://abc/dashboard.html', null],
    ['file:///home/me/mspy.com.html', null],
    ['https://[::1]/', null],
    ['not a url', null],
    [undefined, null],
  ])('reads the host of %s', (url, host) => {
    expect(hostOf(url)).toBe(host);
  });

  it('groups visits per host, counts them, keeps the last visit, newest first', () => {
    const hits = scanHistory(
      [
        { url: 'https://www.example.org/', lastVisitTime: 9_000, visitCount: 40 },
        { url: 'https://mspy.com/', lastVisitTime: 1_000, visitCount: 2 },
        { url: 'https://mspy.com/pricing', lastVisitTime: 3_000, visitCount: 1 },
        { url: 'https://catwatch-123.appspot.com/api', lastVisitTime: 5_000 },
        { url: 'https://other.appspot.com/' },
      ],
      index,
    );
    expect(hits.map((h) => [h.host, h.visits, h.lastVisit])).toEqual([
      ['catwatch-123.appspot.com', 1, 5_000],
      ['mspy.com', 3, 3_000],
    ]);
    expect(scanHistory([], index)).toEqual([]);
  });
});

describe('compiling the hosts for the history review', () => {
  const compiled = compileBrowserIndicators(dataDir(resolve('.')));
  const lines = compiled.data.hosts.split('\n');

  it('keeps the vendors’ sites and their servers, hosts on shared hosting and IPs exact only', () => {
    expect(compiled.data.apps).toHaveLength(147 + 27);
    expect(lines.length).toBeGreaterThan(1_500);
    expect(lines.filter((l) => l.startsWith('s')).length).toBeGreaterThan(600);
    const byHost = (host: string) => lines.filter((l) => l.endsWith(` ${host}`));
    expect(byHost('1ca43.appspot.com')[0]).toMatch(/^v=\d+ /u);
    expect(byHost('69.64.74.239')[0]).toMatch(/^v=\d+ /u);
    expect(byHost('copy9.com')[0]).toMatch(/^s\d+ /u);
    // Nothing that would match a whole hosting service or a whole top-level domain.
    for (const suffix of ['appspot.com', 'firebaseio.com', 'azurewebsites.net', 'com'])
      expect(byHost(suffix)).toEqual([]);
    expect(compiled.leftOut).toEqual([]);
  });

  it('finds a known vendor through the compiled index', () => {
    const built = buildHostIndex(compiled.data.hosts);
    const [hit] = scanHistory([{ url: 'https://www.copy9.com/', lastVisitTime: 1 }], built);
    expect(hit && compiled.data.apps[hit.entries[0]!.app]?.n).toBe('TheTruthSpy');
  });

  describe('with a host that is a whole hosting service', () => {
    let dir = '';
    afterEach(() => rmSync(dir, { recursive: true, force: true }));
    it('leaves it out and says so', () => {
      dir = mkdtempSync(join(tmpdir(), 'lockstep-hosts-'));
      cpSync(
        join(dataDir(resolve('.')), 'stalkerware-indicators'),
        join(dir, 'stalkerware-indicators'),
        {
          recursive: true,
        },
      );
      writeFileSync(
        join(dir, 'stalkerware-indicators', 'watchware.yaml'),
        '- name: Broad\n  type: watchware\n  c2:\n    domains:\n    - appspot.com\n    - broad.example.org\n',
      );
      const broad = compileBrowserIndicators(dir);
      expect(broad.leftOut).toEqual(['appspot.com']);
      expect(broad.data.hosts).toContain('broad.example.org');
    });
  });
});
