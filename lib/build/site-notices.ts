/** Build time only (node): the third-party notices for the bundled data, with each snapshot. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceStamp } from '../directory/types';

/** The notices text: each source, its snapshot's commit and date, and its licence in full. */
export function noticesText(dir: string, sources: readonly SourceStamp[]): string {
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
