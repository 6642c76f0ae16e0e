import { defineConfig } from 'vitest/config';

// The Firefox journeys (tests/firefox), in Debian's Firefox ESR over WebDriver BiDi, against the
// built .output/firefox-mv2. One file at a time: each launches its own Firefox, and the machine
// has two cores. Browser launches and restarts take seconds, so the timeouts are long.
export default defineConfig({
  test: {
    name: 'firefox',
    environment: 'node',
    include: ['tests/firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    retry: process.env.CI ? 1 : 0,
  },
});
