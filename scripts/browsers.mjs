// Which browsers the real-browser suites use, and what to install when one is missing: pure
// decisions over a described system (`sys`, see scripts/browsers.d.mts). The real system is read
// in scripts/system.mjs; tests/unit/browsers.test.ts describes fake ones.
import { posix, win32 } from 'node:path';

/** The tools the suites need, with the Debian package of each (the ones .ci/run installs). */
export const TOOLS = {
  chromium: { name: 'Chromium', apt: 'chromium', env: 'CHROMIUM_PATH' },
  firefox: { name: 'Firefox ESR', apt: 'firefox-esr', env: 'FIREFOX_PATH' },
  pdftotext: { name: 'pdftotext (poppler)', apt: 'poppler-utils', env: null },
};

const pathOf = (sys) => (sys.platform === 'win32' ? win32 : posix);

/** Where Playwright keeps the browsers it downloaded, or null when they live in node_modules. */
function playwrightDir(sys) {
  const { env, platform, home } = sys;
  if (env.PLAYWRIGHT_BROWSERS_PATH)
    return env.PLAYWRIGHT_BROWSERS_PATH === '0' ? null : env.PLAYWRIGHT_BROWSERS_PATH;
  if (platform === 'darwin') return posix.join(home, 'Library/Caches/ms-playwright');
  if (platform === 'win32') return win32.join(env.LOCALAPPDATA ?? home, 'ms-playwright');
  return posix.join(home, '.cache/ms-playwright');
}

const PLAYWRIGHT_EXECUTABLES = {
  linux: ['chrome-linux64/chrome', 'chrome-linux/chrome'],
  darwin: [
    'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    'chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: ['chrome-win64\\chrome.exe', 'chrome-win\\chrome.exe'],
};

/** A Chromium Playwright already downloaded on this machine (newest first); never downloads one. */
function playwrightChromiums(sys) {
  const dir = playwrightDir(sys);
  if (!dir) return [];
  const revisions = sys
    .list(dir)
    .filter((name) => /^chromium-\d+$/.test(name))
    .sort((a, b) => Number(b.slice(9)) - Number(a.slice(9)));
  const inside = PLAYWRIGHT_EXECUTABLES[sys.platform] ?? PLAYWRIGHT_EXECUTABLES.linux;
  return revisions.flatMap((rev) => inside.map((exe) => pathOf(sys).join(dir, rev, exe)));
}

function systemChromiums({ platform, env }) {
  if (platform === 'darwin')
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    ];
  if (platform === 'win32')
    return [env.PROGRAMFILES, env.LOCALAPPDATA]
      .filter(Boolean)
      .map((base) => win32.join(base, 'Chromium\\Application\\chrome.exe'));
  // Not Ubuntu's snap (chromium-browser): its confinement is untested with the suites, so the
  // preflight names Playwright's Chromium there instead (scripts/install-plan.mjs).
  return ['/usr/bin/chromium'];
}

function systemFirefoxes({ platform, env }) {
  if (platform === 'darwin')
    return ['Firefox', 'Firefox Developer Edition', 'Firefox Nightly'].map(
      (app) => `/Applications/${app}.app/Contents/MacOS/firefox`,
    );
  if (platform === 'win32')
    return ['Mozilla Firefox', 'Firefox Developer Edition', 'Firefox Nightly'].map((folder) =>
      win32.join(env.PROGRAMFILES ?? 'C:\\Program Files', folder, 'firefox.exe'),
    );
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox-devedition', '/usr/bin/firefox'];
}

/** Where each tool may be, best first: its variable alone when set, else the system's. */
export function candidates(sys, tool) {
  const explicit = TOOLS[tool].env && sys.env[TOOLS[tool].env];
  if (explicit) return [{ path: explicit, explicit: true }];
  if (tool === 'pdftotext') {
    const dirs = (sys.env.PATH ?? sys.env.Path ?? '').split(sys.platform === 'win32' ? ';' : ':');
    const exe = sys.platform === 'win32' ? 'pdftotext.exe' : 'pdftotext';
    return dirs.filter(Boolean).map((dir) => ({ path: pathOf(sys).join(dir, exe) }));
  }
  if (tool === 'firefox') return systemFirefoxes(sys).map((path) => ({ path }));
  return [...systemChromiums(sys), ...playwrightChromiums(sys)].map((path) => ({ path }));
}

const CHROME_NOTE = 'branded Google Chrome ignores --load-extension since version 137';
const FIREFOX_NOTE = 'release Firefox refuses unsigned add-ons';

/**
 * Whether a browser can load an unpacked extension, from its path and, when the path does not
 * tell, its `--version` text (read only when needed: `version()` starts the browser).
 */
export function judge(tool, path, version) {
  if (tool === 'pdftotext') return { ok: true };
  if (tool === 'chromium') {
    if (/chromium|chrome for testing|ms-playwright/i.test(path)) return { ok: true };
    if (/google-chrome|google chrome|\\google\\chrome\\/i.test(path))
      return { ok: false, reason: CHROME_NOTE };
    const text = version();
    if (/^(Chromium|Google Chrome for Testing)\b/.test(text ?? '')) return { ok: true };
    if (/Google Chrome|Microsoft Edge|Brave|Opera|Vivaldi/.test(text ?? ''))
      return { ok: false, reason: CHROME_NOTE };
    return text ? { ok: true } : { ok: false, reason: 'it did not say which browser it is' };
  }
  if (/firefox-esr|firefox-devedition|developer edition|nightly/i.test(path)) return { ok: true };
  const text = version() ?? '';
  if (/\d+\.\d+(\.\d+)?esr\b|\d+\.\d+[ab]\d+/.test(text)) return { ok: true };
  if (/Firefox \d/.test(text)) return { ok: false, reason: FIREFOX_NOTE };
  return { ok: false, reason: 'it did not say which Firefox it is' };
}

/**
 * The first usable copy of a tool, or why there is none: `{ path }` or `{ missing: reason }`.
 * A path set in the tool's variable is the only one tried: it is what the person asked for.
 */
export function find(sys, tool) {
  const rejected = [];
  for (const { path, explicit } of candidates(sys, tool)) {
    if (!sys.exists(path)) {
      if (explicit)
        return {
          missing: `${TOOLS[tool].env} is ${path}, and there is no file there (fix or unset it)`,
        };
      continue;
    }
    const verdict = judge(tool, path, () => sys.version(path));
    if (verdict.ok) return { path };
    rejected.push(`${path} (${verdict.reason})`);
  }
  const tail = rejected.length ? `; found but unusable: ${rejected.join(', ')}` : '';
  return { missing: `no ${TOOLS[tool].name} found${tail}` };
}
