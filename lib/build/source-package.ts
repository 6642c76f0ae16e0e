/**
 * Build time only (node): completes Firefox's source package (`npm run zip`) with what the build
 * reads from outside the repository, the pinned data snapshots (../shared/data, or
 * LOCKSTEP_DATA_DIR), each with its SOURCE.md and licence, and a short note for reviewers.
 * tests/package/source-rebuild.test.ts builds the package and compares it with the shipped one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// JSZip is what WXT zips with (a dependency of wxt, so always installed beside it).
import JSZip from 'jszip';
import { DATA_ENV } from './site-data';

/** The folder the data goes to inside the source package. */
export const PACKAGE_DATA_DIR = 'data';

/** Every file the build reads from the data folder (lib/build/site-data.ts, device-data.ts). */
export const DATA_FILES: readonly string[] = [
  ...['entries.json', 'categories.json', 'schemas/entry.schema.json'].map(
    (f) => `2fa-directory/${f}`,
  ),
  ...['entries.json', 'schemas/entry.schema.json'].map((f) => `passkeys-directory/${f}`),
  ...['change-password-URLs', 'password-rules', 'shared-credentials'].flatMap((f) => [
    `password-manager-resources/${f}.json`,
    `password-manager-resources/schemas/${f}-schema.json`,
  ]),
  'isdi-app-flags/app-flags.csv',
  'isdi-app-flags/UPSTREAM-LICENSE.txt',
  'stalkerware-indicators/ioc.yaml',
  'stalkerware-indicators/watchware.yaml',
  // Where each snapshot comes from (upstream, commit, date, licence) and the licence texts.
  ...['2fa-directory', 'passkeys-directory', 'password-manager-resources'].map(
    (folder) => `${folder}/UPSTREAM-LICENSE.md`,
  ),
  ...[
    '2fa-directory',
    'passkeys-directory',
    'password-manager-resources',
    'isdi-app-flags',
    'stalkerware-indicators',
  ].map((folder) => `${folder}/SOURCE.md`),
];

export const REVIEWER_NOTE = `# Building Lockstep from this source package

You need Node.js 20.12 or later, with npm. In this folder:

    npm ci
    ${DATA_ENV}=${PACKAGE_DATA_DIR} npm run build:firefox

The extension is then in \`.output/firefox-mv2\`: the same files as the package submitted.

\`${PACKAGE_DATA_DIR}/\` holds the pinned data snapshots the build compiles (the repository reads
them from \`../shared/data\`): the 2FA Directory and the Passkeys Directory by 2factorauth,
Apple's password-manager-resources, the ISDI app flags (Cornell Tech's Clinic to End Tech
Abuse) and Echap's stalkerware indicators. Each folder's SOURCE.md names its upstream, commit,
date and licence; the licence texts are beside it and in THIRD-PARTY-NOTICES.txt in the
extension. Only these files are read; nothing is downloaded at build time.

README.md, section "For store reviewers", explains the permissions and the page policy.
`;

/** Adds the data snapshots and the note for reviewers to the source package at `zipPath`. */
export async function completeSourcePackage(zipPath: string, dataDir: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  for (const file of DATA_FILES)
    zip.file(`${PACKAGE_DATA_DIR}/${file}`, readFileSync(join(dataDir, file)));
  zip.file('REVIEWERS.md', REVIEWER_NOTE);
  const content = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
  writeFileSync(zipPath, content);
}
