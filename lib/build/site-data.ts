/**
 * Build time only (node): reads the pinned data snapshots, validates them against the upstream
 * JSON schemas shipped beside them, and compiles the compact modules the extension loads lazily.
 * Any problem stops the build with a message naming the file and the entry.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CompiledDirectory, CompiledSiteRules } from '../directory/types';
import { SiteDataError, validateAll } from './site-checks';
import { compileEntries, type Raw } from './site-entries';
import { DATA_ENV, readJson, stamp } from './site-files';
import { noticesText } from './site-notices';
import { compileSiteRules, PMR, readRuleFiles } from './site-rules';

export { httpsLink, KNOWN_DEVIATIONS, SiteDataError } from './site-checks';
export { DATA_ENV } from './site-files';

/** `LOCKSTEP_DATA_DIR`, else `../shared/data` beside the project. */
export function dataDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(root, env[DATA_ENV] ?? '../shared/data');
}

/** Reads a directory's entries and checks each against the schema shipped beside them. */
function readEntries(dir: string, folder: string, deviations: string[]): Raw {
  const entries = readJson(dir, `${folder}/entries.json`) as Raw;
  validateAll(folder, entries, readJson(dir, `${folder}/schemas/entry.schema.json`), deviations);
  return entries;
}

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
  const tfa = readEntries(dir, '2fa-directory', deviations);
  const passkeys = readEntries(dir, 'passkeys-directory', deviations);
  const categoryFile = readJson(dir, '2fa-directory/categories.json') as Record<
    string,
    { title: string }
  >;
  const entries = compileEntries(tfa, passkeys, deviations);
  const ruleFiles = readRuleFiles(dir);
  const sources = [
    stamp(dir, '2fa-directory', '2FA Directory'),
    stamp(dir, 'passkeys-directory', 'Passkeys Directory'),
    stamp(dir, PMR, 'password-manager-resources'),
  ];
  return {
    directory: {
      sources,
      categories: Object.fromEntries(Object.entries(categoryFile).map(([id, c]) => [id, c.title])),
      entries,
    },
    siteRules: compileSiteRules(ruleFiles, deviations),
    notices: noticesText(dir, sources),
    deviations,
  };
}
