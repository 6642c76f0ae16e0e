import { defineConfig } from '@playwright/test';

// Real Chromium (Debian's, never a downloaded one) against the built extension in
// .output/chrome-mv3. Each spec file launches one browser and reuses it for its tests.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: '.cache/test-results',
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // Two browsers on two cores: a test that relaunches Chromium needs room when the other runs.
  timeout: 90_000,
  reporter: 'list',
});
