import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What makes a test file unfit to share its module graph with others (vitest `isolate: false`):
 * module mocks and module resets, spies and stubbed globals, fake timers, IndexedDB (its
 * connection is cached in lib/storage), the page language, neutral mode, and the browser fake's
 * stored state. A file that matches runs isolated, as before.
 */
const SHARED_STATE =
  /vi\.(mock|doMock|resetModules|stubGlobal|stubEnv|spyOn|useFakeTimers)\b|indexedDB|lib\/storage\/(idb-storage|database|open-storage)|lib\/i18n|neutral-route|fakeBrowser|globalThis\.\w+\s*=|process\.env\.\w+\s*=/;

/** The test files under `dir` (relative to the project) that keep state between tests. */
export function sharedStateFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.test\.tsx?$/.test(name))
    .map((name) => join(dir, name))
    .filter((path) => SHARED_STATE.test(readFileSync(path, 'utf8')));
}
