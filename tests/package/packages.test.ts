import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPackages } from '../../lib/build/dependency-notices';
import { PACKAGES, unzip } from './zips';

// The store packages as `npm run zip` made them, opened as a reviewer would.

/** The permissions the README explains: its "Permissions" section's items "- `name`…". */
function readmePermissions(): Set<string> {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('## Quick start'));
  return new Set([...section.matchAll(/^- `([A-Za-z]+)`/gm)].map((m) => m[1]!));
}

/** What a test-only build has and a shipped one must not (lib/background/checkup-test-seam.ts). */
const TEST_SEAM = 'checkup-test-alarm';

for (const browser of ['chrome', 'firefox'] as const)
  describe(`the ${browser} package`, async () => {
    const files = await unzip(PACKAGES[browser]);
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as {
      permissions?: string[];
      optional_permissions?: string[];
    };

    it('asks only for permissions the README explains', () => {
      const asked = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
      expect(asked).toContain('activeTab');
      const explained = readmePermissions();
      expect(asked.filter((permission) => !explained.has(permission))).toEqual([]);
    });

    it('holds no test seam and no source map', () => {
      const names = [...files.keys()];
      expect(names.filter((path) => path.endsWith('.map'))).toEqual([]);
      const text = [...files.values()].map((bytes) => bytes.toString('utf8'));
      expect(text.filter((t) => t.includes(TEST_SEAM))).toEqual([]);
      expect(text.filter((t) => t.includes('sourceMappingURL'))).toEqual([]);
      expect(manifest.permissions).not.toContain('sessions');
    });

    it('names every bundled package, its version and its licence beside the data', () => {
      const notices = files.get('THIRD-PARTY-NOTICES.txt')!.toString('utf8');
      expect(notices).toContain('== 2FA Directory ==');
      const ours = JSON.parse(readFileSync('package.json', 'utf8')) as {
        dependencies: Record<string, string>;
      };
      const bundled = bundledPackages('.');
      for (const name of Object.keys(ours.dependencies))
        expect(bundled.map((p) => p.manifest.name)).toContain(name);
      const missing = bundled
        .map(
          ({ manifest }) =>
            `== ${manifest.name} ${manifest.version} ==\nLicence: ${manifest.license}`,
        )
        .filter((heading) => !notices.includes(heading));
      expect(missing).toEqual([]);
    });
  });

it('the test seam check can fail: the test-only build has the seam', () => {
  const background = readFileSync('.output/chrome-mv3-test/background.js', 'utf8');
  expect(background).toContain(TEST_SEAM);
});

it('the Firefox package passes web-ext lint with no error', async () => {
  mkdirSync(resolve('.cache'), { recursive: true });
  const dir = mkdtempSync(resolve('.cache/package-lint-'));
  try {
    for (const [path, bytes] of await unzip(PACKAGES.firefox)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    const out = execFileSync(
      resolve('node_modules/.bin/web-ext'),
      ['lint', '--source-dir', dir, '--output', 'json', '--boring'],
      { encoding: 'utf8' },
    );
    const report = JSON.parse(out) as { errors: { code: string; message: string }[] };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
