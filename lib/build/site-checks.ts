/**
 * Build time only (node): the checks the bundled site data must pass: each entry against the
 * upstream JSON schema shipped beside it, and https for every link Lockstep may show, with the
 * few known upstream deviations repaired and reported. Anything else stops the build.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';

export class SiteDataError extends Error {
  constructor(message: string) {
    super(`Lockstep data: ${message}`);
    this.name = 'SiteDataError';
  }
}

const HOSTNAME =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** A validator for one upstream JSON schema (draft-07 or 2020-12), with the formats it uses. */
export function validator(schema: unknown): ValidateFunction {
  const draft2020 = String((schema as { $schema?: string }).$schema).includes('2020-12');
  const ajv = draft2020
    ? new Ajv2020({ allErrors: true, strict: false })
    : new Ajv({ allErrors: true, strict: false });
  // The upstream schemas use these formats; defined here rather than pulling in ajv-formats.
  ajv.addFormat('hostname', HOSTNAME);
  ajv.addFormat('uri', (s: string) => {
    try {
      return Boolean(new URL(s).protocol);
    } catch {
      return false;
    }
  });
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  ajv.addFormat('uri-reference', (s: string) => {
    try {
      return Boolean(new URL(s, 'https://base.invalid/'));
    } catch {
      return false;
    }
  });
  return ajv.compile(schema as object);
}

/**
 * Entries that break the upstream schema in a way known, checked and harmless, by file and key,
 * with the reason. Each is repaired as stated and reported; anything else fails the build. A
 * unit test checks this list still matches the data, so a fixed upstream entry is noticed.
 */
export const KNOWN_DEVIATIONS: Readonly<Record<string, string>> = {
  'passkeys-directory/aero.zip':
    'categories is a one-item array (the schema wants a string or at least two): read as that one category',
  // Links that are not https (see httpsLink): each is left out, so Lockstep never opens a page
  // anyone on the network could change. The entry itself is kept.
  '2fa-directory/improvmx.com#documentation':
    'the guide link is http://help.improvmx.com/…: left out (not https)',
  '2fa-directory/mbconnectline.com#documentation':
    'the guide link is http://www.cc-onlinehelp.com/…: left out (not https)',
  '2fa-directory/panorama9.com#documentation':
    'the guide link is http://support.panorama9.com/…: left out (not https)',
  '2fa-directory/three.co.uk#documentation':
    'the guide link is http://www.three.co.uk/hub/…: left out (not https)',
};

/**
 * A link from the data that Lockstep may show: https only. A link listed in KNOWN_DEVIATIONS
 * (by `folder/key#field`) is left out and reported; any other non-https link stops the build.
 */
export function httpsLink(
  place: string,
  field: string,
  value: unknown,
  deviations: string[],
): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = String(value);
  let https = false;
  try {
    https = new URL(text).protocol === 'https:';
  } catch {
    https = false;
  }
  if (https) return text;
  const key = `${place}#${field}`;
  if (KNOWN_DEVIATIONS[key]) {
    deviations.push(key);
    return undefined;
  }
  throw new SiteDataError(
    `${place}: the ${field} link "${text}" is not https. Lockstep opens only https pages; fix the data, or list "${key}" in KNOWN_DEVIATIONS (lib/build/site-checks.ts) with the reason.`,
  );
}

/** Checks every entry of one folder against its upstream schema; stops at the first bad one. */
export function validateAll(
  folder: string,
  entries: Record<string, unknown>,
  schema: unknown,
  deviations: string[],
): void {
  const validate = validator(schema);
  for (const [key, entry] of Object.entries(entries)) {
    if (validate(entry)) continue;
    if (KNOWN_DEVIATIONS[`${folder}/${key}`]) {
      deviations.push(`${folder}/${key}`);
      continue;
    }
    const detail = (validate.errors ?? [])
      .map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`)
      .join('; ');
    throw new SiteDataError(`${folder}/entries.json: entry "${key}" is invalid: ${detail}`);
  }
}
