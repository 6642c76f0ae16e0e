import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// One module owns each side effect (STYLE.md): only lib/storage/database.ts opens IndexedDB
// through idb. Other modules may name idb's types (`import type`), which vanish at build time.
const OWNER = 'lib/storage/database.ts';

/** A run-time import of idb (static, side-effect or dynamic); `import type` is not one. */
const RUNTIME_IDB =
  /^\s*import\s+(?!type\b)[^;]*?\bfrom\s+['"]idb['"]|import\s*\(\s*['"]idb['"]|^\s*import\s+['"]idb['"]/m;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the one module that imports idb', () => {
  it('tells a run-time import from a type-only one', () => {
    expect("import { openDB } from 'idb';").toMatch(RUNTIME_IDB);
    expect("import { openDB, type IDBPDatabase } from 'idb';").toMatch(RUNTIME_IDB);
    expect("const idb = await import('idb');").toMatch(RUNTIME_IDB);
    expect("import 'idb';").toMatch(RUNTIME_IDB);
    expect("import type { DBSchema } from 'idb';").not.toMatch(RUNTIME_IDB);
    expect("import { openDB } from 'idb-keyval';").not.toMatch(RUNTIME_IDB);
  });

  it(`is ${OWNER}, and nothing else in lib/, components/ or entrypoints/`, () => {
    const importers = ['lib', 'components', 'entrypoints']
      .flatMap(sourceFiles)
      .filter((file) => RUNTIME_IDB.test(readFileSync(file, 'utf8')));
    expect(
      importers,
      `Open IndexedDB only through ${OWNER} (one module per side effect, STYLE.md)`,
    ).toEqual([OWNER]);
  });
});
