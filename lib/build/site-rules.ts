/**
 * Build time only (node): Apple's password-manager-resources (change-password addresses,
 * password rules, shared logins), each file checked against its upstream schema.
 */
import type { CompiledSiteRules } from '../directory/types';
import { httpsLink, SiteDataError, validator } from './site-checks';
import { readJson } from './site-files';

export const PMR = 'password-manager-resources';

export interface RuleFiles {
  readonly changePassword: Record<string, string>;
  readonly rules: Record<string, { 'password-rules': string }>;
  readonly shared: { shared?: string[]; from?: string[]; to?: string[] }[];
}

/** Reads the three files; one that does not match its schema stops the build. */
export function readRuleFiles(dir: string): RuleFiles {
  const changePassword = readJson(dir, `${PMR}/change-password-URLs.json`) as Record<
    string,
    string
  >;
  const rules = readJson(dir, `${PMR}/password-rules.json`) as RuleFiles['rules'];
  const shared = readJson(dir, `${PMR}/shared-credentials.json`) as RuleFiles['shared'];
  for (const [file, data] of [
    ['change-password-URLs', changePassword],
    ['password-rules', rules],
    ['shared-credentials', shared],
  ] as const) {
    const validate = validator(readJson(dir, `${PMR}/schemas/${file}-schema.json`));
    if (!validate(data))
      throw new SiteDataError(
        `${PMR}/${file}.json is invalid: ${(validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`).join('; ')}`,
      );
  }
  return { changePassword, rules, shared };
}

/** The compact site rules; change-password links must be https (repairs go to `deviations`). */
export function compileSiteRules(files: RuleFiles, deviations: string[]): CompiledSiteRules {
  return {
    changePassword: Object.fromEntries(
      Object.entries(files.changePassword).flatMap(([host, url]) => {
        const link = httpsLink(`${PMR}/${host}`, 'change-password', url, deviations);
        return link ? [[host, link]] : [];
      }),
    ),
    passwordRules: Object.fromEntries(
      Object.entries(files.rules).map(([host, r]) => [host, r['password-rules']]),
    ),
    shared: files.shared.flatMap((g) => (g.shared ? [g.shared] : [])),
  };
}
