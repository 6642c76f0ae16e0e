import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { PACKAGES, unzip } from './zips';

/** Every file under `dir`, by its path inside, as bytes. */
function readTree(dir: string, root = dir, files = new Map<string, Buffer>()) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) readTree(path, root, files);
    else files.set(relative(root, path), readFileSync(path));
  }
  return files;
}

/** The environment of a plain shell: none of Vitest's variables (NODE_ENV=test changes a build). */
function reviewerEnv(): NodeJS.ProcessEnv {
  const vitest = /^(NODE_ENV|TEST|VITEST.*|LOCKSTEP_.*)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !vitest.test(name)));
}

// A store reviewer's check: the source package, unzipped in a folder of its own, builds the very
// files of the Firefox package, following its REVIEWERS.md. `npm ci` there would take minutes
// and the network: the project's node_modules is linked instead (same package-lock.json).
it('the source package builds the Firefox package, file by file', async () => {
  mkdirSync(resolve('.cache'), { recursive: true });
  const dir = mkdtempSync(resolve('.cache/source-rebuild-'));
  try {
    const sources = await unzip(PACKAGES.sources);
    expect(sources.get('REVIEWERS.md')?.toString('utf8')).toContain(
      'LOCKSTEP_DATA_DIR=data npm run build:firefox',
    );
    for (const [path, bytes] of sources) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    symlinkSync(realpathSync('node_modules'), join(dir, 'node_modules'));
    execFileSync(resolve('node_modules/.bin/wxt'), ['build', '-b', 'firefox'], {
      cwd: dir,
      env: { ...reviewerEnv(), LOCKSTEP_DATA_DIR: 'data' },
      stdio: 'pipe',
    });
    const built = readTree(join(dir, '.output/firefox-mv2'));
    const shipped = await unzip(PACKAGES.firefox);
    expect([...built.keys()].sort()).toEqual([...shipped.keys()].sort());
    const differ = [...shipped].filter(([path, bytes]) => !built.get(path)?.equals(bytes));
    expect(differ.map(([path]) => path)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
