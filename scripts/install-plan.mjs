// What to install for the missing tools on this system: pure (tests/unit/browsers.test.ts).
// Only Debian as root installs by itself (apt, the packages .ci/run installs); everywhere else
// the person gets one command to run. Never sudo, never a browser download from here.
import { TOOLS } from './browsers.mjs';

/** 'debian', 'ubuntu', 'linux' (another distribution), 'darwin' or 'win32'. */
export function systemKind(sys) {
  if (sys.platform === 'darwin' || sys.platform === 'win32') return sys.platform;
  const release = sys.osRelease ?? '';
  if (/^ID=ubuntu$/m.test(release) || /^ID_LIKE=.*\bubuntu\b/m.test(release)) return 'ubuntu';
  if (/^ID=debian$/m.test(release) || /^ID_LIKE=.*\bdebian\b/m.test(release)) return 'debian';
  return 'linux';
}

// Ubuntu: `chromium` is a snap (confined, untested with the suites: Playwright's Chromium instead)
// and `firefox-esr` is only in Mozilla's PPA.
const STEPS = {
  ubuntu: {
    chromium: 'npx playwright install chromium',
    firefox:
      'sudo add-apt-repository -y ppa:mozillateam/ppa && sudo apt-get install -y firefox-esr',
    pdftotext: 'sudo apt-get install -y poppler-utils',
  },
  darwin: {
    chromium: 'npx playwright install chromium',
    firefox: 'brew install --cask firefox@esr',
    pdftotext: 'brew install poppler',
  },
  win32: {
    chromium: 'npx playwright install chromium',
    firefox: 'winget install Mozilla.Firefox.ESR',
    pdftotext: 'winget install oschwartz10612.Poppler',
  },
  linux: {
    chromium: 'npx playwright install chromium',
    firefox: 'install Firefox ESR from your distribution, or set FIREFOX_PATH to one',
    pdftotext: "install your distribution's poppler-utils (pdftotext)",
  },
};

/**
 * `{ auto, command }` for the missing tools (`['chromium', 'firefox', 'pdftotext']` or part):
 * `auto` when this process may run `command` itself (Debian, as root, with apt-get).
 */
export function installPlan(sys, missing) {
  const kind = systemKind(sys);
  if (kind === 'debian') {
    const packages = missing.map((tool) => TOOLS[tool].apt).join(' ');
    const sudo = sys.isRoot ? '' : 'sudo ';
    return {
      auto: sys.isRoot && sys.hasAptGet,
      command: `${sudo}apt-get update && ${sudo}apt-get install -y ${packages}`,
    };
  }
  const steps = missing.map((tool) => STEPS[kind][tool]);
  return { auto: false, command: steps.join(kind === 'linux' ? '\n' : ' && ') };
}
