/**
 * Build time only (node): Echap's stalkerware indicators (YAML), read and checked: names,
 * packages, iOS bundle ids, vendor sites and the servers the apps report to. The device lists
 * (device-data.ts) and the history review's hosts (browser-indicators.ts) are compiled from it.
 */
import { load as parseYaml } from 'js-yaml';
import { PACKAGE_ID } from '../device/names';
import { DeviceDataError, ECHAP_DIR, readText } from './data-files';

export interface Indicator {
  readonly name: string;
  readonly names: readonly string[];
  readonly type: 'stalkerware' | 'watchware';
  readonly packages: readonly string[];
  readonly iosBundles: readonly string[];
  readonly websites: readonly string[];
  /** The servers the app reports to (c2.domains), for the history review. */
  readonly servers: readonly string[];
  /** The servers' IPv4 addresses (c2.ips, and c2.ip in a few entries). */
  readonly ips: readonly string[];
}

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]{2,}$/iu;

function stringList(value: unknown, at: string, field: string, check?: RegExp): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || !item.trim()))
    throw new DeviceDataError(`${at}: "${field}" must be a list of text.`);
  const items = (value as string[]).map((item) => item.trim());
  const bad = check && items.find((item) => !check.test(item));
  if (bad) throw new DeviceDataError(`${at}: "${bad}" in "${field}" is not valid.`);
  return items;
}

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/u;

/** An app's `c2` mapping: the servers it reports to, by name and by address. */
function readServers(c2: unknown, at: string): Pick<Indicator, 'servers' | 'ips'> {
  if (c2 === undefined || c2 === null) return { servers: [], ips: [] };
  if (typeof c2 !== 'object' || Array.isArray(c2))
    throw new DeviceDataError(`${at}: "c2" must be a mapping of domains and ips.`);
  const c = c2 as Record<string, unknown>;
  return {
    servers: stringList(c.domains, at, 'c2.domains', HOST),
    ips: [...stringList(c.ips, at, 'c2.ips', IPV4), ...stringList(c.ip, at, 'c2.ip', IPV4)],
  };
}

/** One of Echap's YAML files, checked: a list of apps of one type. */
export function readIndicators(dir: string, file: string, type: Indicator['type']): Indicator[] {
  const path = `${ECHAP_DIR}/${file}`;
  let data: unknown;
  try {
    data = parseYaml(readText(dir, path));
  } catch (error) {
    if (error instanceof DeviceDataError) throw error;
    throw new DeviceDataError(`${path} is not valid YAML (${(error as Error).message}).`);
  }
  if (!Array.isArray(data) || data.length === 0)
    throw new DeviceDataError(`${path} must be a non-empty list of apps.`);
  return data.map((raw: unknown, index) => {
    const at = `${path}, app ${index + 1}`;
    if (typeof raw !== 'object' || raw === null)
      throw new DeviceDataError(`${at} is not a mapping.`);
    const e = raw as Record<string, unknown>;
    if (typeof e.name !== 'string' || !e.name.trim())
      throw new DeviceDataError(`${at} has no name.`);
    const named = `${path}, "${e.name}"`;
    if (e.type !== type)
      throw new DeviceDataError(`${named}: type is "${String(e.type)}", not "${type}".`);
    return {
      name: e.name.trim(),
      names: stringList(e.names, named, 'names'),
      type,
      packages: stringList(e.packages, named, 'packages', PACKAGE_ID),
      iosBundles: stringList(e.ios_bundles, named, 'ios_bundles', PACKAGE_ID),
      websites: stringList(e.websites, named, 'websites', HOST),
      ...readServers(e.c2, named),
    };
  });
}
