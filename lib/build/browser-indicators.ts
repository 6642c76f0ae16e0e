/**
 * Build time only (node): the hosts of Echap's stalkerware indicators (the vendors' sites and the
 * servers their apps report to) for the history review of "This browser". Hosts on shared hosting
 * (a private public suffix such as appspot.com or firebaseio.com) and IP addresses match exactly;
 * a listed host that is itself a public suffix would match every site there, so it is left out
 * and reported.
 */
import { parse } from 'tldts';
import type { CompiledBrowserIndicators } from '../browser-check/types';
import type { SourceStamp } from '../directory/types';
import { ECHAP_DIR, readStamp } from './data-files';
import { readIndicators } from './echap-indicators';

const IPV4 = /^\d+\.\d+\.\d+\.\d+$/u;

/** Reads both YAML files and compiles the hosts; `leftOut` names the hosts that were dropped. */
export function compileBrowserIndicators(dir: string): {
  data: CompiledBrowserIndicators;
  leftOut: string[];
} {
  const indicators = [
    ...readIndicators(dir, 'ioc.yaml', 'stalkerware'),
    ...readIndicators(dir, 'watchware.yaml', 'watchware'),
  ];
  const lines = new Set<string>();
  const leftOut: string[] = [];
  const add = (kind: 's' | 'v', app: number, raw: string) => {
    const host = raw.toLowerCase().replace(/\.$/u, '');
    if (IPV4.test(host)) {
      lines.add(`${kind}=${app} ${host}`);
      return;
    }
    const parsed = parse(host, { allowPrivateDomains: true });
    if (!parsed.domain) {
      leftOut.push(host);
      return;
    }
    lines.add(`${kind}${parsed.isPrivate ? '=' : ''}${app} ${host}`);
  };
  indicators.forEach((indicator, app) => {
    for (const site of indicator.websites) add('s', app, site);
    for (const server of indicator.servers) add('v', app, server);
    for (const ip of indicator.ips) add('v', app, ip);
  });
  const sources: SourceStamp[] = [readStamp(dir, ECHAP_DIR, 'Stalkerware indicators')];
  return {
    data: {
      sources,
      apps: indicators.map((i) => ({ n: i.name, t: i.type === 'stalkerware' ? 's' : 'w' })),
      hosts: [...lines].join('\n'),
    },
    leftOut,
  };
}
