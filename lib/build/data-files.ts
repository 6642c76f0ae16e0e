/**
 * Build time only (node): reading the pinned snapshots of the device lists (../shared/data, or
 * LOCKSTEP_DATA_DIR), with one error type whose message names the file and says what to do.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceStamp } from '../directory/types';
import { DATA_ENV } from './site-data';

export const ISDI_DIR = 'isdi-app-flags';
export const ECHAP_DIR = 'stalkerware-indicators';

export class DeviceDataError extends Error {
  constructor(message: string) {
    super(`Lockstep device data: ${message}`);
    this.name = 'DeviceDataError';
  }
}

export function readText(dir: string, file: string): string {
  const path = join(dir, file);
  if (!existsSync(path))
    throw new DeviceDataError(
      `${path} is missing. Put the snapshots in ../shared/data, or set ${DATA_ENV} to the folder that holds ${ISDI_DIR}/ and ${ECHAP_DIR}/.`,
    );
  return readFileSync(path, 'utf8');
}

/** "| commit | `abc…` (2026-07-22) |" from a SOURCE.md. */
export function readStamp(dir: string, folder: string, name: string): SourceStamp {
  const text = readText(dir, `${folder}/SOURCE.md`);
  const found = /\|\s*commit\s*\|\s*`([0-9a-f]{7,40})`\s*\((\d{4}-\d{2}-\d{2})\)/u.exec(text);
  if (!found?.[1] || !found[2])
    throw new DeviceDataError(`${folder}/SOURCE.md does not state the upstream commit and date.`);
  return { name, commit: found[1], date: found[2] };
}
