import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Which catalogue keys each capability's code uses (issue 29), found by reading the source: every quoted
 * word that is a key (in `t('key')`, in a map of keys, in a page entry's nav label…), and for
 * keys built at run time (`tDynamic`), every key that starts with one of DYNAMIC_PREFIXES when
 * the file names that prefix. No hand-kept list of keys: a new component or key is picked up.
 */

/** The starts of keys built at run time. A new family of built keys adds its prefix here. */
export const DYNAMIC_PREFIXES = [
  'step_',
  'pw_',
  'dir_method_',
  'devcheck_',
  'devstep_',
  'intake_q_',
  'intake_flag_',
  'checkup_question_',
  'checkup_rhythm_',
] as const;

/** The folders whose code is scanned (each file belongs to the capability of its folder). */
export const SOURCE_ROOTS = ['lib', 'components', 'entrypoints'] as const;

/** Never given a chunk: the build itself, and the i18n modules that hold the catalogue. */
export const isScanned = (path: string): boolean =>
  /\.(ts|tsx)$/.test(path) &&
  !/\.d\.ts$/.test(path) &&
  !path
    .split(sep)
    .join('/')
    .match(/(^|\/)lib\/(build\/|i18n[^/]*\.ts$)/);

/**
 * The chunk of a source file's quoted keys, by its folder: `components/plan/x.tsx` → `plan`,
 * `lib/safety/y.ts` → `lib-safety` (the logic's few keys stay apart from the pages' many, so the
 * popup, which uses the logic, does not load every safety page's text); a file straight under
 * lib/ or entrypoints/ → `lib` or `entrypoints`.
 */
export function capabilityOf(root: string, file: string): string {
  const [top = '', folder] = relative(root, file).split(sep);
  const parts = relative(root, file).split(sep);
  if (parts.length <= 2 || !folder) return top;
  return top === 'components' ? folder : `${top}-${folder}`;
}

/** The keys one file's text names in quotes. */
export function keysIn(code: string, keys: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  for (const m of code.matchAll(/(['"`])([A-Za-z][\w]*)\1/g))
    if (m[2] && keys.has(m[2])) found.add(m[2]);
  return found;
}

/** The chunk of the keys built from one prefix: `step_` → `built-step`. */
export const prefixChunk = (prefix: string): string => `built-${prefix.replace(/_$/, '')}`;

/** The prefixes of built keys that one file's text starts a quoted string with. */
export function prefixesIn(code: string): string[] {
  return DYNAMIC_PREFIXES.filter((prefix) =>
    ['`', "'", '"'].some((quote) => code.includes(quote + prefix)),
  );
}

/** The chunks a file waits for: its capability's (if it names keys) and one per prefix. */
export function chunksFor(name: string, code: string, keys: ReadonlySet<string>): string[] {
  return [...(keysIn(code, keys).size > 0 ? [name] : []), ...prefixesIn(code).map(prefixChunk)];
}

/** Every scanned source file under root's SOURCE_ROOTS. */
export function sourceFiles(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  return SOURCE_ROOTS.flatMap((top) => walk(join(root, top))).filter(isScanned);
}

/**
 * Each chunk's keys: a capability's quoted keys, from every source file of its folders, and
 * one chunk per prefix of built keys that some file names (chunks with no keys are left out).
 */
export function chunkKeys(root: string, keys: ReadonlySet<string>): Map<string, Set<string>> {
  const chunks = new Map<string, Set<string>>();
  const add = (name: string, found: Iterable<string>) => {
    const set = chunks.get(name) ?? new Set<string>();
    for (const key of found) set.add(key);
    if (set.size > 0) chunks.set(name, set);
  };
  for (const file of sourceFiles(root)) {
    const code = readFileSync(file, 'utf8');
    add(capabilityOf(root, file), keysIn(code, keys));
    for (const prefix of prefixesIn(code))
      add(
        prefixChunk(prefix),
        [...keys].filter((key) => key.startsWith(prefix)),
      );
  }
  return chunks;
}
