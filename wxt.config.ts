import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { pagePolicy } from './lib/build/page-policy';
import { deviceData } from './lib/build/device-data-plugin';
import { dependencyNotices } from './lib/build/dependency-notices-plugin';
import { i18nLanguages } from './lib/build/i18n-languages-plugin';
import { i18nPageText } from './lib/build/i18n-page-text';
import { pagePreload } from './lib/build/page-preload';
import { privateWindowNotePlugin } from './lib/build/private-window-note';
import { siteData } from './lib/build/site-data-plugin';
import { dataDir } from './lib/build/site-data';
import { completeSourcePackage } from './lib/build/source-package';

/**
 * A test-only build (LOCKSTEP_TEST_BUILD=1, written to .output/chrome-mv3-test and
 * .output/firefox-mv2-test): a headless browser cannot click a permission prompt, so there the
 * optional permissions are required, and the tests may use `sessions` (and `tabs`, to read its
 * addresses) to reopen a closed tab. `import.meta.env.LOCKSTEP_TEST_BUILD` is true only there,
 * so test seams (lib/background/checkup-test-seam.ts) are dropped from the shipped builds.
 */
const testBuild = process.env.LOCKSTEP_TEST_BUILD === '1';

/**
 * Asked for only when the person turns a feature on, given back when no feature still on needs
 * it (lib/browser/permissions.ts is their one owner): history, for the history review of "This
 * browser" and, in Chrome, the clean-up of Lockstep's pages at quick exit and lock (Firefox keeps
 * no history of extension pages); management, for the review of the other extensions; alarms,
 * when the person chooses a check-up rhythm (Firefox refuses `permissions.request` for it, its
 * schema lists no `alarms` among optional permissions, so there it is declared at install: it
 * grants no data and shows no warning); notifications, when they turn on check-up notifications.
 * Other browser differences: lib/browser/differences.ts.
 */
const optional = (browser: string) =>
  browser === 'firefox'
    ? ['history', 'management', 'notifications']
    : ['history', 'management', 'alarms', 'notifications'];
/**
 * Declared at install: activeTab; storage, for an advocate session's plan in storage.session
 * (memory only, no install warning); idle in Chrome, to lock when the computer's screen locks
 * (no install warning; Firefox never reports a locked screen, so it is not asked there); and
 * alarms in Firefox (it grants no data, shows no warning).
 */
const required = (browser: string) => [
  'activeTab',
  'storage',
  // unlimitedStorage: Chrome only, so its data is never evicted (README, "Permissions").
  ...(browser === 'firefox' ? ['alarms'] : ['idle', 'unlimitedStorage']),
];

// See https://wxt.dev/api/config.html
export default defineConfig({
  ...(testBuild && { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-test' }),
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a newcomer can see where every name comes from.
  imports: false,
  // `npm run zip`: Firefox's source package leaves out what git ignores, and gets the data
  // snapshots the build reads from outside the repository and a note for reviewers
  // (lib/build/source-package.ts).
  zip: {
    excludeSources: [
      'dist/**',
      'test-results/**',
      'playwright-report/**',
      'web-ext-artifacts/**',
      '**/*.log',
    ],
  },
  hooks: {
    'zip:sources:done': (wxt, zipPath) => completeSourcePackage(zipPath, dataDir(wxt.config.root)),
    // WXT 0.20 still adds its auto-import plugin with `imports: false`, and that plugin takes a
    // function parameter named `storage` for a free name: it added `wxt/utils/storage` (16 KB)
    // to every page's first download. Drop the plugin: every import here is explicit.
    'vite:build:extendConfig': (_entrypoints, config) => {
      const plugins = (config.plugins ?? []) as unknown[];
      const isUnimport = (plugin: unknown) =>
        typeof plugin === 'object' &&
        plugin !== null &&
        'name' in plugin &&
        plugin.name === 'unimport';
      config.plugins = plugins
        .flat(5)
        .filter((plugin) => !isUnimport(plugin)) as typeof config.plugins;
    },
  },
  // siteData: the bundled directories, compiled from ../shared/data (or LOCKSTEP_DATA_DIR);
  // deviceData: the app lists of the device check, from the same folder.
  // i18nPageText: each chunk's text in small files of its own, for a language the browser
  // does not give (lib/build/i18n-page-text.ts).
  // No module-preload helper: every chunk is a local file, and the popup's first chunk stays small.
  vite: () => ({
    plugins: [
      // The languages of public/_locales (a test build adds a fake one): lib/i18n-language.ts.
      i18nLanguages(process.cwd(), testBuild),
      i18nPageText(process.cwd(), testBuild),
      preact(),
      siteData(),
      deviceData(),
      // The licences of the bundled packages, after the data's in the same notices file.
      dependencyNotices(),
      privateWindowNotePlugin(),
      // The dashboard's whole first graph fetched at once, not one import level at a time.
      pagePreload(['dashboard']),
    ],
    build: { modulePreload: false },
    define: { 'import.meta.env.LOCKSTEP_TEST_BUILD': JSON.stringify(testBuild) },
  }),
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Least privilege: no permissions at all. The plan lives in IndexedDB (no permission
    // needed) and `tabs.create` opens Lockstep's own pages without the `tabs` permission.
    // activeTab: the popup may read the address of the tab it was opened on, and only that one.
    permissions: [
      ...required(browser),
      ...(testBuild ? [...optional(browser), 'sessions', 'tabs'] : []),
    ],
    optional_permissions: testBuild ? [] : optional(browser),
    // Test build only: no test can click the toolbar button (which grants `activeTab`), so the
    // popup page copies a local test page's tab from a second window (issue 34).
    ...(testBuild && { host_permissions: ['<all_urls>'] }),
    action: { default_title: '__MSG_extName__' },
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    // A strict policy for every Lockstep page: see lib/build/page-policy.ts.
    content_security_policy: {
      extension_pages: pagePolicy(command === 'serve' ? 'http://localhost:*' : undefined),
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'lockstep@lockstep.invalid',
          strict_min_version: '142.0',
          // Lockstep collects nothing and sends nothing anywhere.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
