/**
 * Build time only (node): the notices for the code Lockstep bundles, read from node_modules.
 * Every package in package.json "dependencies" and every package those depend on, each with its
 * version, its licence name and its licence and notice files in full (issue 34).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly license?: string;
  readonly homepage?: string;
  readonly dependencies?: Readonly<Record<string, string>>;
}

/** One bundled package: where it is installed and what its package.json says. */
export interface BundledPackage {
  readonly dir: string;
  readonly manifest: Manifest;
}

const readManifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

/** Where `name` is installed for the package in `from`: its own node_modules, then each parent's. */
function installedDir(name: string, from: string, root: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root || dirname(dir) === dir) break;
  }
  throw new Error(`${name} is not installed: run npm ci before the build.`);
}

/** The runtime dependencies of the project in `root` and theirs, sorted by name. */
export function bundledPackages(root: string): BundledPackage[] {
  const found = new Map<string, BundledPackage>();
  const visit = (name: string, from: string) => {
    const dir = installedDir(name, from, root);
    if (found.has(dir)) return;
    const manifest = readManifest(dir);
    found.set(dir, { dir, manifest });
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, dir);
  };
  for (const name of Object.keys(readManifest(root).dependencies ?? {})) visit(name, root);
  return [...found.values()].sort((a, b) => a.manifest.name.localeCompare(b.manifest.name));
}

/** A package's licence and notice files (LICENSE, LICENSE.md, NOTICE.md, THIRD_PARTY_LICENSES.md…). */
function licenceFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => /^(licen[cs]e|notice|third_party_licenses|copying)/i.test(file))
    .sort();
}

function section({ dir, manifest }: BundledPackage): string {
  const files = licenceFiles(dir);
  if (files.length === 0)
    throw new Error(`${manifest.name} ships no licence file: its notice cannot be written.`);
  return [
    `== ${manifest.name} ${manifest.version} ==`,
    `Licence: ${manifest.license ?? 'see below'}.${manifest.homepage ? ` ${manifest.homepage}` : ''}`,
    ...files.map((file) => readFileSync(join(dir, file), 'utf8').trim()),
    '',
  ].join('\n');
}

/** The notices section for the bundled code of the project in `root`. */
export function dependencyNoticesText(root: string): string {
  return [
    '== Code bundled into Lockstep ==',
    'Lockstep bundles the open-source packages below, each under its own licence.',
    '',
    ...bundledPackages(root).map(section),
  ].join('\n');
}
