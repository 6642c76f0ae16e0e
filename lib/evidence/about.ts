import type { Finding } from '../plan/records';
import type { EvidenceLinks } from './entry';

/**
 * What a new entry links to when it starts from a kept finding ("Write this down" beside a
 * device-check or browser finding): the finding, and its device and account when it names them.
 * Pure.
 */

export const NO_LINKS: EvidenceLinks = { accounts: [], devices: [], findings: [] };

/** The links for an entry about `finding` (none when it is not found). */
export function linksAbout(finding: Finding | undefined): EvidenceLinks {
  if (!finding) return NO_LINKS;
  return {
    accounts: finding.accountId ? [finding.accountId] : [],
    devices: finding.device ? [finding.device] : [],
    findings: [finding.id],
  };
}
