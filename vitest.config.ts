import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { deviceData } from './lib/build/device-data-plugin';
import { i18nLanguages } from './lib/build/i18n-languages-plugin';
import { siteData } from './lib/build/site-data-plugin';
import { sharedStateFiles } from './tests/shared-state-files';

// Unit tests run in node; component tests in happy-dom. Playwright's e2e specs live in
// tests/e2e and are never picked up here.
export default defineConfig({
  // siteData, deviceData: components load the real compiled data, as the extension does.
  plugins: [WxtVitest(), preact(), siteData(), deviceData(), i18nLanguages()],
  test: {
    globals: true,
    // Key derivation (600,000 rounds) and the property tests take seconds on a busy 2-core
    // machine; the default 5 s made them fail by time alone, which says nothing about the code.
    testTimeout: 30_000,
    // Set-up hooks (a render, a database) wait as long as a test may.
    hookTimeout: 30_000,
    setupFiles: ['tests/setup.ts'],
    projects: [
      // Pure tests share one module graph per worker (isolate: false): each file no longer
      // imports lib/ afresh, which was a third of the unit time. Files that mock modules, fake
      // timers, or keep IndexedDB, the language or the browser fake between tests keep their own
      // (tests/shared-state-files.ts finds them).
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          exclude: sharedStateFiles('tests/unit'),
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-isolated',
          environment: 'node',
          include: sharedStateFiles('tests/unit'),
        },
      },
      // The same for component tests: one happy-dom page per worker, emptied and sent back to
      // its first address before each file (tests/setup.ts).
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'happy-dom',
          include: ['tests/components/**/*.test.tsx'],
          exclude: sharedStateFiles('tests/components'),
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'components-isolated',
          environment: 'happy-dom',
          include: sharedStateFiles('tests/components'),
        },
      },
    ],
  },
});
