import { defineConfig } from 'vitest/config';

// The store packages (`npm run zip`, then `npm run build:test` for the test seam's control):
// what each ships, `web-ext lint`, and a rebuild from Firefox's source package. Node only, one
// file at a time; a build takes tens of seconds on a busy 2-core machine.
export default defineConfig({
  test: {
    name: 'package',
    environment: 'node',
    include: ['tests/package/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 240_000,
  },
});
