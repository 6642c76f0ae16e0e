/**
 * Build time only (node): reads the pinned data snapshots, validates them against the upstream
 * JSON schemas shipped beside them, and compiles the compact modules the extension loads lazily.
 * Any problem stops the build with a message naming the file and the entry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { siteHost } from '../directory/host';
import type {
  CompactEntry,
  CompiledDirectory,
  CompiledSiteRules,
  SourceStamp,
  TfaMethod,
} from '../directory/types';
import { httpsLink, SiteDataError, validateAll, validator } from './site-checks';

export { httpsLink, KNOWN_DEVIATIONS, SiteDataError } from './site-checks';

export const DATA_ENV = 'LOCKSTEP_DATA_DIR';

/** `LOCKSTEP_DATA_DIR`, else `../shared/data` beside the project. */
export function dataDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(root, env[DATA_ENV] ?? '../shared/data');
}

function readJson(dir: string, file: string): unknown {
  const path = join(dir, file);
  if (!existsSync(path))
    throw new SiteDataError(
      `${path} is missing. Put the data snapshots in ../shared/data, or set ${DATA_ENV} to the folder that holds 2fa-directory/, passkeys-directory/ and password-manager-resources/.`,
    );
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SiteDataError(`${path} is not valid JSON (${(error as Error).message}).`);
  }
}

/** "| commit | `abc…` (…) |" and "| commit date | 2026-08-04 …" from a SOURCE.md. */
function stamp(dir: string, folder: string, name: string): SourceStamp {
  const path = join(dir, folder, 'SOURCE.md');
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const commit = /\|\s*commit\s*\|\s*`([0-9a-f]{7,40})`/.exec(text)?.[1];
  const date = /\|\s*commit date\s*\|\s*(\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
  if (!commit || !date)
    throw new SiteDataError(`${path} does not state the upstream commit and its date.`);
  return { name, commit, date };
}

type Raw = Record<string, Record<string, Record<string, unknown>>>;

const only = <T>(value: unknown): T | undefined => (value === undefined ? undefined : (value as T));
const list = (value: unknown): readonly string[] =>
  Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];

/** Reads and validates everything; returns the directory and the site rules. */
export function compileSiteData(dir: string): {
  directory: CompiledDirectory;
  siteRules: CompiledSiteRules;
  notices: string;
  /** Known upstream schema deviations met (and repaired) in this snapshot. */
  deviations: readonly string[];
} {
  const deviations: string[] = [];
  if (!existsSync(dir))
    throw new SiteDataError(
      `the data folder ${dir} does not exist. Put the snapshots in ../shared/data or set ${DATA_ENV}.`,
    );
  const tfa = readJson(dir, '2fa-directory/entries.json') as Raw;
  validateAll(
    '2fa-directory',
    tfa,
    readJson(dir, '2fa-directory/schemas/entry.schema.json'),
    deviations,
  );
  const passkeys = readJson(dir, 'passkeys-directory/entries.json') as Raw;
  validateAll(
    'passkeys-directory',
    passkeys,
    readJson(dir, 'passkeys-directory/schemas/entry.schema.json'),
    deviations,
  );
  const categoryFile = readJson(dir, '2fa-directory/categories.json') as Record<
    string,
    { title: string }
  >;

  const byDomain = new Map<string, CompactEntry>();
  for (const [key, wrapped] of Object.entries(tfa)) {
    const [name, e] = Object.entries(wrapped)[0] ?? [];
    if (!name || !e)
      throw new SiteDataError(`2fa-directory/entries.json: entry "${key}" is empty.`);
    const place = `2fa-directory/${key}`;
    const doc = httpsLink(place, 'documentation', e.documentation, deviations);
    const rec = httpsLink(place, 'recovery', e.recovery, deviations);
    const entry: CompactEntry = {
      n: name,
      d: String(e.domain),
      ...(e['additional-domains'] ? { a: list(e['additional-domains']) } : {}),
      c: list(e.categories),
      ...(e.tfa ? { m: e.tfa as TfaMethod[] } : {}),
      ...(e['custom-software'] ? { sw: list(e['custom-software']) } : {}),
      ...(e['custom-hardware'] ? { hw: list(e['custom-hardware']) } : {}),
      ...(doc ? { doc } : {}),
      ...(rec ? { rec } : {}),
      ...(e.notes ? { notes: String(e.notes) } : {}),
      ...(e.contact ? { ct: contactOf(e.contact, place, deviations) } : {}),
    };
    byDomain.set(entry.d, entry);
  }
  for (const [domain, wrapped] of Object.entries(passkeys)) {
    const [name, e] = Object.entries(wrapped)[0] ?? [];
    if (!name || !e)
      throw new SiteDataError(`passkeys-directory/entries.json: entry "${domain}" is empty.`);
    if (!e.mfa && !e.passwordless) continue; // listed only to ask for passkeys
    const place = `passkeys-directory/${domain}`;
    const doc = httpsLink(place, 'documentation', e.documentation, deviations);
    const rec = httpsLink(place, 'recovery', e.recovery, deviations);
    const pk = {
      ...(e.passwordless ? { login: only<'allowed' | 'required'>(e.passwordless) } : {}),
      ...(e.mfa ? { mfa: only<'allowed' | 'required'>(e.mfa) } : {}),
      ...(doc ? { doc } : {}),
    };
    const existing = byDomain.get(domain);
    if (existing) byDomain.set(domain, { ...existing, pk });
    else
      byDomain.set(domain, {
        n: name,
        d: domain,
        ...(e['additional-domains'] ? { a: list(e['additional-domains']) } : {}),
        c: list(e.categories),
        m: [],
        ...(rec ? { rec } : {}),
        ...(e.notes ? { notes: String(e.notes) } : {}),
        pk,
      });
  }

  // Registrable domains above each entry's hosts, for "several services under google.com".
  for (const [domain, entry] of byDomain) {
    const roots = new Set<string>();
    for (const host of [entry.d, ...(entry.a ?? [])]) {
      const root = siteHost(host)?.domain;
      if (root && root !== host) roots.add(root);
    }
    if (roots.size) byDomain.set(domain, { ...entry, r: [...roots] });
  }

  const pmr = 'password-manager-resources';
  const changePassword = readJson(dir, `${pmr}/change-password-URLs.json`) as Record<
    string,
    string
  >;
  const rules = readJson(dir, `${pmr}/password-rules.json`) as Record<
    string,
    { 'password-rules': string }
  >;
  const shared = readJson(dir, `${pmr}/shared-credentials.json`) as {
    shared?: string[];
    from?: string[];
    to?: string[];
  }[];
  for (const [file, data] of [
    ['change-password-URLs', changePassword],
    ['password-rules', rules],
    ['shared-credentials', shared],
  ] as const) {
    const validate = validator(readJson(dir, `${pmr}/schemas/${file}-schema.json`));
    if (!validate(data))
      throw new SiteDataError(
        `${pmr}/${file}.json is invalid: ${(validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`).join('; ')}`,
      );
  }

  const sources = [
    stamp(dir, '2fa-directory', '2FA Directory'),
    stamp(dir, 'passkeys-directory', 'Passkeys Directory'),
    stamp(dir, pmr, 'password-manager-resources'),
  ];
  return {
    directory: {
      sources,
      categories: Object.fromEntries(Object.entries(categoryFile).map(([id, c]) => [id, c.title])),
      entries: [...byDomain.values()].sort((a, b) => a.d.localeCompare(b.d)),
    },
    siteRules: {
      changePassword: Object.fromEntries(
        Object.entries(changePassword).flatMap(([host, url]) => {
          const link = httpsLink(`${pmr}/${host}`, 'change-password', url, deviations);
          return link ? [[host, link]] : [];
        }),
      ),
      passwordRules: Object.fromEntries(
        Object.entries(rules).map(([host, r]) => [host, r['password-rules']]),
      ),
      shared: shared.flatMap((g) => (g.shared ? [g.shared] : [])),
    },
    notices: noticesText(dir, sources),
    deviations,
  };
}

function contactOf(raw: unknown, place: string, deviations: string[]): CompactEntry['ct'] {
  const c = raw as Record<string, string>;
  const form = httpsLink(place, 'contact form', c.form, deviations);
  return {
    ...(c.twitter ? { twitter: c.twitter } : {}),
    ...(c.facebook ? { facebook: c.facebook } : {}),
    ...(c.email ? { email: c.email } : {}),
    ...(form ? { form } : {}),
  };
}

function noticesText(dir: string, sources: readonly SourceStamp[]): string {
  const licence = (folder: string) =>
    readFileSync(join(dir, folder, 'UPSTREAM-LICENSE.md'), 'utf8').trim();
  const at = (name: string) => sources.find((s) => s.name === name);
  const line = (name: string) => `commit ${at(name)?.commit ?? '?'} (${at(name)?.date ?? '?'})`;
  return [
    'Lockstep — third-party notices',
    '',
    'Lockstep bundles the data below, compiled at build time. No upstream icons are included.',
    '',
    '== 2FA Directory ==',
    'Data sourced from 2FA Directory by 2factorauth: https://2fa.directory/ — https://github.com/2factorauth/twofactorauth',
    `Snapshot: ${line('2FA Directory')}. Licence: MIT.`,
    licence('2fa-directory'),
    '',
    '== Passkeys Directory ==',
    'Passkeys Directory by 2factorauth: https://passkeys.2fa.directory/ — https://github.com/2factorauth/passkeys',
    `Snapshot: ${line('Passkeys Directory')}. Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).`,
    'Changes: Lockstep keeps only the fields it shows (name, domains, categories, passkey sign-in and second-factor support, guide links) and merges them with the 2FA Directory entry of the same domain.',
    licence('passkeys-directory'),
    '',
    "== Apple's password-manager-resources ==",
    'Change-password URLs, password rules and shared-login groups: https://github.com/apple/password-manager-resources',
    `Snapshot: ${line('password-manager-resources')}. Licence: MIT.`,
    licence('password-manager-resources'),
    '',
    '== EFF large wordlist ==',
    "The passphrase generator's words: the EFF large wordlist (https://www.eff.org/dice), by the Electronic Frontier Foundation, CC BY 3.0 US (https://creativecommons.org/licenses/by/3.0/us/), shipped by the secure-password-utilities package (MIT).",
    '',
  ].join('\n');
}
