// The real system, as scripts/browsers.mjs describes it, and the browsers found on it: used by
// the preflight (scripts/preflight.mjs), the e2e and Firefox suites' launchers and the bench.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { find } from './browsers.mjs';

const isFile = (path) => existsSync(path) && statSync(path).isFile();

/** This machine, read lazily: a browser's `--version` runs only when its path does not tell. */
export function realSystem(env = process.env) {
  return {
    env,
    platform: process.platform,
    isRoot: process.getuid?.() === 0,
    home: homedir(),
    osRelease: existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : null,
    hasAptGet: isFile('/usr/bin/apt-get'),
    exists: isFile,
    list(dir) {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    },
    version(path) {
      try {
        return execFileSync(path, ['--version'], {
          encoding: 'utf8',
          timeout: 10_000,
          stdio: ['ignore', 'pipe', 'ignore'],
        }).trim();
      } catch {
        return null;
      }
    },
  };
}

const found = new Map();

/** The path of a usable browser ('chromium' or 'firefox'), or an error saying what to do. */
export function browserPath(tool) {
  if (!found.has(tool)) found.set(tool, find(realSystem(), tool));
  const result = found.get(tool);
  if (result.path) return result.path;
  throw new Error(
    `${result.missing}. Run \`npm run setup:browsers\` for the command to install it.`,
  );
}
