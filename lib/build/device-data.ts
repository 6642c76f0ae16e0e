/**
 * Build time only (node): reads the ISDI app flags (CSV) and Echap's stalkerware indicators
 * (YAML) from the pinned snapshots, checks their shape, and compiles the one compact module the
 * device page loads (lib/device/types.ts says its layout). Only what the screens use is kept:
 * names, ids, stores, flags and vendor web addresses (the servers go to the history review's own
 * module, lib/build/browser-indicators.ts); no certificates. Any problem
 * stops the build with a message naming the file and the row or entry.
 */
import { existsSync } from 'node:fs';
import type { SourceStamp } from '../directory/types';
import { brandNames, nameKey, shortTitle } from '../device/names';
import {
  PREFIX_BASE,
  PREFIX_MAX,
  type CompactIndicator,
  type CompiledDeviceData,
} from '../device/types';
import { DATA_ENV } from './site-data';
import { DeviceDataError, ECHAP_DIR, ISDI_DIR, readStamp, readText } from './data-files';
import { readIndicators } from './echap-indicators';

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new DeviceDataError('a quoted CSV field is never closed.');
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

/** ISDI ids: Android packages and iOS bundle ids (a few iOS ones have no dot). */
const APP_ID = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/u;

const STORES = { playstore: 'p', appstore: 'a', offstore: 'o' } as const;
const FLAGS = { stalkerware: 's', spyware: 'x', 'dual-use': 'd' } as const;

interface IsdiRow {
  readonly id: string;
  readonly store: keyof typeof STORES;
  readonly flag: keyof typeof FLAGS;
  readonly title: string;
}

/** The ISDI rows, checked; `safe` rows are left out (Lockstep never calls an app safe). */
export function readIsdi(dir: string): { rows: IsdiRow[]; leftOut: number } {
  const file = `${ISDI_DIR}/app-flags.csv`;
  const [header, ...lines] = parseCsv(readText(dir, file));
  if (header?.join(',') !== 'appId,store,flag,title')
    throw new DeviceDataError(
      `${file}: the header is "${header?.join(',') ?? ''}", not "appId,store,flag,title".`,
    );
  const seen = new Set<string>();
  const rows: IsdiRow[] = [];
  let leftOut = 0;
  lines.forEach((fields, index) => {
    const at = `${file}, row ${index + 2}`;
    if (fields.length === 1 && fields[0] === '') return; // a blank last line
    if (fields.length !== 4)
      throw new DeviceDataError(`${at}: ${fields.length} fields, expected 4.`);
    const [id = '', store = '', flag = '', rawTitle = ''] = fields;
    const title = rawTitle.trim();
    if (!APP_ID.test(id)) throw new DeviceDataError(`${at}: "${id}" is not an app id.`);
    if (seen.has(id)) throw new DeviceDataError(`${at}: the app id "${id}" is listed twice.`);
    seen.add(id);
    if (!(store in STORES)) throw new DeviceDataError(`${at}: unknown store "${store}".`);
    if (flag === 'safe') {
      leftOut++;
      return;
    }
    if (!(flag in FLAGS)) throw new DeviceDataError(`${at}: unknown flag "${flag}".`);
    if (/[\n\r]/u.test(title) || title.startsWith('@'))
      throw new DeviceDataError(`${at}: the title "${title}" has a line break or starts with @.`);
    rows.push({
      id,
      store: store as IsdiRow['store'],
      flag: flag as IsdiRow['flag'],
      title,
    });
  });
  if (rows.length === 0) throw new DeviceDataError(`${file} has no app rows.`);
  return { rows, leftOut };
}

function frontCode(ids: readonly string[]): string {
  let previous = '';
  return ids
    .map((id) => {
      let shared = 0;
      const most = Math.min(previous.length, id.length, PREFIX_MAX);
      while (shared < most && previous[shared] === id[shared]) shared++;
      previous = id;
      return String.fromCharCode(PREFIX_BASE + shared) + id.slice(shared);
    })
    .join('\n');
}

/** Reads and checks both lists; returns the compiled module's data and the notices text. */
export function compileDeviceData(dir: string): {
  data: CompiledDeviceData;
  notices: string;
  /** ISDI rows left out because their flag is "safe". */
  leftOut: number;
} {
  if (!existsSync(dir))
    throw new DeviceDataError(
      `the data folder ${dir} does not exist. Put the snapshots in ../shared/data or set ${DATA_ENV}.`,
    );
  const { rows, leftOut } = readIsdi(dir);
  const indicators = [
    ...readIndicators(dir, 'ioc.yaml', 'stalkerware'),
    ...readIndicators(dir, 'watchware.yaml', 'watchware'),
  ];
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // Each Android package an indicator names points to it; the ISDI row then carries `@n`.
  const owner = new Map<string, number>();
  indicators.forEach((indicator, n) => {
    for (const p of indicator.packages)
      if (!owner.has(p.toLowerCase())) owner.set(p.toLowerCase(), n);
  });
  const isdiIds = new Set(rows.map((row) => row.id.toLowerCase()));
  const extraNames = indicators.map(() => new Set<string>());
  const titles: string[] = [];
  let previous = '';
  for (const row of rows) {
    const n = owner.get(row.id.toLowerCase());
    const shown = row.flag === 'dual-use' ? shortTitle(row.title) : row.title;
    if (n !== undefined) {
      const names = row.flag === 'dual-use' ? [shown] : brandNames(row.title);
      for (const name of names) extraNames[n]?.add(name);
      titles.push(`@${n}`);
      previous = '';
      continue;
    }
    titles.push(shown === previous ? '' : shown);
    previous = shown;
  }

  const echap: CompactIndicator[] = indicators.map((indicator, n) => {
    const known = new Set([nameKey(indicator.name)]);
    const aliases: string[] = [];
    for (const name of [...indicator.names, ...(extraNames[n] ?? [])]) {
      const key = nameKey(name);
      if (!key || known.has(key)) continue;
      known.add(key);
      aliases.push(name);
    }
    const packages = indicator.packages.filter(
      (p) => !isdiIds.has(p.toLowerCase()) && owner.get(p.toLowerCase()) === n,
    );
    return {
      n: indicator.name,
      ...(aliases.length ? { a: aliases } : {}),
      t: indicator.type === 'stalkerware' ? 's' : 'w',
      ...(packages.length ? { p: packages } : {}),
      ...(indicator.iosBundles.length ? { i: indicator.iosBundles } : {}),
      ...(indicator.websites.length ? { w: [...new Set(indicator.websites)] } : {}),
    };
  });

  const sources = [
    readStamp(dir, ISDI_DIR, 'ISDI app flags'),
    readStamp(dir, ECHAP_DIR, 'Stalkerware indicators'),
  ];
  return {
    data: {
      sources,
      ids: frontCode(rows.map((row) => row.id)),
      titles: titles.join('\n'),
      flags: rows.map((row) => STORES[row.store] + FLAGS[row.flag]).join(''),
      echap,
    },
    notices: noticesText(dir, sources),
    leftOut,
  };
}

function noticesText(dir: string, sources: readonly SourceStamp[]): string {
  const [isdi, echap] = sources;
  return [
    '== ISDI app flags ==',
    'The app list of ISDi, the IPV Spyware Discovery tool of the Clinic to End Tech Abuse, Cornell Tech: https://github.com/stopipv/isdi (src/isdi/data/app-flags.csv)',
    `Snapshot: commit ${isdi?.commit ?? '?'} (${isdi?.date ?? '?'}). Licence: MIT.`,
    'Changes: Lockstep keeps the app ids, stores, flags and the names phones show; the one row flagged "safe" is left out.',
    readText(dir, `${ISDI_DIR}/UPSTREAM-LICENSE.txt`).trim(),
    '',
    '== Stalkerware indicators ==',
    'Stalkerware indicators by Echap (AssoEchap/stalkerware-indicators), CC BY 4.0: https://github.com/AssoEchap/stalkerware-indicators',
    `Snapshot: commit ${echap?.commit ?? '?'} (${echap?.date ?? '?'}). Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Upstream gives no guarantee of accuracy.`,
    'Changes: Lockstep keeps the app names, Android packages, iOS bundle ids, vendor web addresses and the servers the apps report to (no certificates), and adds the ISDI list’s names for the same packages.',
    '',
  ].join('\n');
}
