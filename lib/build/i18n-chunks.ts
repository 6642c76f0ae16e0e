import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * Which catalogue keys a file's code uses (issue 29), found by reading the source: every quoted
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

/** The folders whose code is read for keys. */
export const SOURCE_ROOTS = ['lib', 'components', 'entrypoints'] as const;

/** Never read for keys: the build itself, and the i18n modules that hold the catalogue. */
export const isScanned = (path: string): boolean =>
  /\.(ts|tsx)$/.test(path) &&
  !/\.d\.ts$/.test(path) &&
  !path
    .split(sep)
    .join('/')
    .match(/(^|\/)lib\/(build\/|i18n[^/]*\.ts$)/);

/** The keys one file's text names in quotes. */
export function keysIn(code: string, keys: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  for (const m of code.matchAll(/(['"`])([A-Za-z][\w]*)\1/g))
    if (m[2] && keys.has(m[2])) found.add(m[2]);
  return found;
}

/**
 * The prefixes of built keys that one file's text starts a quoted string with: a template that
 * builds on it (`` `step_${id}` ``) or the prefix alone (`'pw_' + kind`), not a whole key.
 */
export function prefixesIn(code: string): string[] {
  return DYNAMIC_PREFIXES.filter((prefix) =>
    [...code.matchAll(/(['"`])([a-z][\w]*)(\$\{|\1)/g)].some(
      ([, quote, word = '', end]) => word.startsWith(prefix) && (end !== quote || word === prefix),
    ),
  );
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
 * The starts of the keys a file builds with `tDynamic(`…`)` that no prefix covers: the build
 * cannot know which text they need. A template that opens with `${…}` builds on a key made
 * above it, so it passes when the file names a prefix.
 */
export function unseenBuiltKeys(code: string): string[] {
  const named = prefixesIn(code).length > 0;
  return [...code.matchAll(/tDynamic\(\s*`([^`$]*)/g)]
    .map((m) => m[1] ?? '')
    .filter((start) => !DYNAMIC_PREFIXES.some((p) => start.startsWith(p)) && (start || !named));
}

/**
 * Files that only pair keys with their neutral twins (shellKey): read for no keys. Instead each
 * key found elsewhere brings its twin (`<key>_discreet`), so a page gets only its own twins.
 */
export const TWIN_MAPS = ['lib/safety/discreet-words.ts'] as const;

/**
 * The keys each built key of a file may be: a template that starts with a prefix
 * (`` `step_${id}_title` `` → /^step_.+_title$/), and a prefix alone (`'pw_' + kind`) → all of it.
 */
export function builtKeyPatterns(code: string): RegExp[] {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const templates = [...code.matchAll(/`((?:[^`\\]|\\.)*)`/g)].flatMap(([, body = '']) => {
    const parts = body.split(/\$\{[^}]*\}/);
    const built = parts.length > 1 && DYNAMIC_PREFIXES.some((p) => parts[0]?.startsWith(p));
    return built ? [new RegExp(`^${parts.map(escape).join('.+')}$`)] : [];
  });
  const alone = DYNAMIC_PREFIXES.filter((p) =>
    ['`', "'", '"'].some((quote) => code.includes(`${quote}${p}${quote}`)),
  );
  return [...templates, ...alone.map((p) => new RegExp(`^${escape(p)}`))];
}

/**
 * Every key one source file needs (its path from the root, its text): its quoted keys and
 * their neutral twins, and every key its built keys may be.
 */
export function keysOfFile(path: string, code: string, keys: ReadonlySet<string>): Set<string> {
  if ((TWIN_MAPS as readonly string[]).includes(path.split(sep).join('/'))) return new Set();
  const found = keysIn(code, keys);
  for (const key of [...found]) if (keys.has(`${key}_discreet`)) found.add(`${key}_discreet`);
  const patterns = builtKeyPatterns(code);
  for (const key of keys) if (patterns.some((pattern) => pattern.test(key))) found.add(key);
  return found;
}

/**
 * The text file a key goes in: built keys by their prefix and last word (`step_*_how`), shared
 * by every chunk that builds them; a chunk's other keys in one file of its own.
 */
export function textGroupOf(key: string): string {
  const prefix = DYNAMIC_PREFIXES.find((p) => key.startsWith(p));
  return prefix ? `${prefix}*_${key.split('_').pop() ?? ''}` : '';
}
