import { describe, expect, it } from 'vitest';
import { find, judge, type System } from '../../scripts/browsers.mjs';
import { installPlan, systemKind } from '../../scripts/install-plan.mjs';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';

/** A machine with these files (and `--version` answers), nothing else. */
function machine(files: Record<string, string>, more: Partial<System> = {}): System {
  return {
    env: { PATH: '/usr/bin:/bin' },
    platform: 'linux',
    isRoot: true,
    home: '/home/sam',
    osRelease: DEBIAN,
    hasAptGet: true,
    exists: (path) => path in files,
    list: (dir) =>
      Object.keys(files)
        .filter((path) => path.startsWith(`${dir}/`))
        .map((path) => path.slice(dir.length + 1).split('/')[0]!),
    version: (path) => files[path] ?? null,
    ...more,
  };
}

describe('finding the browsers', () => {
  it("takes Debian's Chromium and Firefox ESR", () => {
    const sys = machine({ '/usr/bin/chromium': '', '/usr/bin/firefox-esr': '' });
    expect(find(sys, 'chromium')).toEqual({ path: '/usr/bin/chromium' });
    expect(find(sys, 'firefox')).toEqual({ path: '/usr/bin/firefox-esr' });
  });

  it('uses CHROMIUM_PATH alone when it is set, and says so when nothing is there', () => {
    const files = { '/usr/bin/chromium': '', '/opt/cft/chrome': 'Google Chrome for Testing 140' };
    const env = { CHROMIUM_PATH: '/opt/cft/chrome' };
    expect(find(machine(files, { env }), 'chromium')).toEqual({ path: '/opt/cft/chrome' });
    const wrong = find(machine(files, { env: { CHROMIUM_PATH: '/nope' } }), 'chromium');
    expect(wrong).toEqual({ missing: expect.stringContaining('CHROMIUM_PATH is /nope') });
  });

  it('falls back to a Chromium Playwright already downloaded, newest first', () => {
    const sys = machine({
      '/home/sam/.cache/ms-playwright/chromium-1100/chrome-linux/chrome': '',
      '/home/sam/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome': '',
      '/home/sam/.cache/ms-playwright/chromium_headless_shell-1200/chrome-linux/headless_shell': '',
    });
    expect(find(sys, 'chromium')).toEqual({
      path: '/home/sam/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome',
    });
  });

  it('rejects branded Chrome and release Firefox, saying why', () => {
    const sys = machine(
      {
        '/usr/bin/google-chrome': 'Google Chrome 142',
        '/usr/bin/firefox': 'Mozilla Firefox 145.0',
      },
      { env: { CHROMIUM_PATH: '/usr/bin/google-chrome' } },
    );
    expect(find(sys, 'chromium')).toEqual({ missing: expect.stringContaining('--load-extension') });
    expect(find(sys, 'firefox')).toEqual({ missing: expect.stringContaining('unsigned') });
  });

  it('reads the version only when the path does not tell', () => {
    const asked: string[] = [];
    const version = (text: string) => () => (asked.push(text), text);
    expect(judge('firefox', '/usr/bin/firefox', version('Mozilla Firefox 140.5.0esr'))).toEqual({
      ok: true,
    });
    expect(judge('firefox', '/usr/bin/firefox', version('Mozilla Firefox 146.0b3'))).toEqual({
      ok: true,
    });
    expect(judge('chromium', '/usr/bin/chromium', version('never read'))).toEqual({ ok: true });
    expect(judge('chromium', '/x/msedge', version('Microsoft Edge 140'))).toMatchObject({
      ok: false,
    });
    expect(asked).toEqual([
      'Mozilla Firefox 140.5.0esr',
      'Mozilla Firefox 146.0b3',
      'Microsoft Edge 140',
    ]);
  });

  it('finds pdftotext on the PATH', () => {
    expect(find(machine({ '/bin/pdftotext': '' }), 'pdftotext')).toEqual({
      path: '/bin/pdftotext',
    });
    expect(find(machine({}), 'pdftotext')).toMatchObject({ missing: expect.any(String) });
  });

  it('looks in the usual places on macOS and Windows', () => {
    const mac = machine(
      { '/Applications/Firefox.app/Contents/MacOS/firefox': 'Mozilla Firefox 140.5.0esr' },
      { platform: 'darwin', osRelease: null },
    );
    expect(find(mac, 'firefox')).toEqual({
      path: '/Applications/Firefox.app/Contents/MacOS/firefox',
    });
    const exe = 'C:\\Program Files\\Firefox Nightly\\firefox.exe';
    const win = machine(
      { [exe]: '' },
      { platform: 'win32', osRelease: null, env: { PROGRAMFILES: 'C:\\Program Files' } },
    );
    expect(find(win, 'firefox')).toEqual({ path: exe });
  });
});

describe('what to install', () => {
  it('installs with apt by itself only on Debian as root', () => {
    expect(installPlan(machine({}), ['chromium', 'firefox', 'pdftotext'])).toEqual({
      auto: true,
      command: 'apt-get update && apt-get install -y chromium firefox-esr poppler-utils',
    });
    expect(installPlan(machine({}, { isRoot: false }), ['firefox'])).toEqual({
      auto: false,
      command: 'sudo apt-get update && sudo apt-get install -y firefox-esr',
    });
    expect(installPlan(machine({}, { hasAptGet: false }), ['firefox']).auto).toBe(false);
  });

  it('gives the command for Ubuntu, macOS, Windows and other systems', () => {
    const ubuntu = machine({}, { osRelease: UBUNTU });
    expect(systemKind(ubuntu)).toBe('ubuntu');
    expect(installPlan(ubuntu, ['chromium', 'firefox'])).toEqual({
      auto: false,
      command:
        'npx playwright install chromium && sudo add-apt-repository -y ppa:mozillateam/ppa && sudo apt-get install -y firefox-esr',
    });
    const mac = installPlan(machine({}, { platform: 'darwin' }), ['firefox', 'pdftotext']);
    expect(mac.command).toBe('brew install --cask firefox@esr && brew install poppler');
    const win = installPlan(machine({}, { platform: 'win32' }), ['firefox']);
    expect(win.command).toBe('winget install Mozilla.Firefox.ESR');
    const fedora = machine({}, { osRelease: 'ID=fedora\n' });
    expect(systemKind(fedora)).toBe('linux');
    expect(installPlan(fedora, ['chromium']).auto).toBe(false);
  });
});
