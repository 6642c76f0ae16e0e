/**
 * Build time only (node): reading the site data snapshots (../shared/data, or LOCKSTEP_DATA_DIR),
 * each problem a SiteDataError that names the file and says what to do.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceStamp } from '../directory/types';
import { SiteDataError } from './site-checks';

export const DATA_ENV = 'LOCKSTEP_DATA_DIR';

export function readJson(dir: string, file: string): unknown {
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
export function stamp(dir: string, folder: string, name: string): SourceStamp {
  const path = join(dir, folder, 'SOURCE.md');
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const commit = /\|\s*commit\s*\|\s*`([0-9a-f]{7,40})`/.exec(text)?.[1];
  const date = /\|\s*commit date\s*\|\s*(\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
  if (!commit || !date)
    throw new SiteDataError(`${path} does not state the upstream commit and its date.`);
  return { name, commit, date };
}
