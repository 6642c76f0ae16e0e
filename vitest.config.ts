import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { deviceData } from './lib/build/device-data-plugin';
import { i18nLanguages } from './lib/build/i18n-languages-plugin';
import { siteData } from './lib/build/site-data-plugin';

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
    setupFiles: ['tests/setup.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'happy-dom',
          include: ['tests/components/**/*.test.tsx'],
        },
      },
    ],
  },
});
