import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledPackages, dependencyNoticesText } from '@/lib/build/dependency-notices';

const ours = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
};

describe('the notices for bundled code', () => {
  it('lists every runtime dependency and what they depend on, never a dev tool', () => {
    const names = bundledPackages('.').map((p) => p.manifest.name);
    expect(names).toEqual(expect.arrayContaining(Object.keys(ours.dependencies)));
    // Bundled through preact's signals and tldts: dependencies of dependencies.
    expect(names).toEqual(expect.arrayContaining(['@preact/signals-core', 'tldts-core']));
    expect(names).not.toContain('vitest');
    expect(names).not.toContain('wxt');
  });

  it('carries each licence in full, and the notices a package asks to keep', () => {
    const text = dependencyNoticesText('.');
    const idb = readFileSync('node_modules/idb/LICENSE', 'utf8').trim();
    expect(text).toContain(`== idb ${bundledVersion('idb')} ==\nLicence: ISC.`);
    expect(text).toContain(idb);
    // webextension-polyfill is MPL-2.0; the English words' source asks for its notice to stay.
    expect(text).toContain('Mozilla Public License Version 2.0');
    expect(text).toContain('Any redistribution of this package must retain this notice.');
  });
});

function bundledVersion(name: string): string {
  return (
    JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }
  ).version;
}

describe('a dependency with no licence file or not installed', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const project = (dependency: Record<string, string> | null) => {
    root = mkdtempSync(join(tmpdir(), 'notices-'));
    writeFileSync(join(root, 'package.json'), JSON.stringify({ dependencies: { lib: '1.0.0' } }));
    if (!dependency) return;
    mkdirSync(join(root, 'node_modules', 'lib'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'lib', 'package.json'), JSON.stringify(dependency));
  };

  it('stops the build, naming the package', () => {
    project({ name: 'lib', version: '1.0.0', license: 'MIT' });
    expect(() => dependencyNoticesText(root)).toThrow('lib ships no licence file');
  });

  it('says to install first', () => {
    project(null);
    expect(() => bundledPackages(root)).toThrow('lib is not installed: run npm ci');
  });
});
