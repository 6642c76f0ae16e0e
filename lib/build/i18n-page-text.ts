import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { withPlaceholders, type Catalogue } from '../i18n-messages';
import { isScanned, keysOfFile, textGroupOf, unseenBuiltKeys } from './i18n-chunks';
import { catalogueFiles, TEST_LOCALES } from './i18n-languages-plugin';

/** Where a chunk's text lives: `chunks/text-<name>.<language>.js` (lib/i18n-catalogue.ts). */
export const textFile = (name: string, language: string): string =>
  `chunks/text-${name}.${language}.js`;

/**
 * Each page's text in its own small files (issue 29). After bundling, every JavaScript chunk
 * that names catalogue keys gets text files per language with just those keys (placeholders
 * filled in; built keys in files of their own, shared: `textGroupOf`), and a first line that
 * waits for them before the chunk's code runs, only when the
 * person's language is not the one `browser.i18n` gives (lib/i18n-catalogue.ts). A page loads
 * the text of the code it loads, lazy pages on demand; English on an English browser, none.
 * A `tDynamic` key the build cannot see stops the build (lib/build/i18n-chunks.ts).
 */
export function i18nPageText(root = process.cwd(), testLocales = false): Plugin {
  let library = false;
  let cats: Map<string, Catalogue> | undefined;
  const files = new Map<string, string>();
  const all = () =>
    (cats ??= new Map(
      [
        ...catalogueFiles(join(root, 'public/_locales')),
        ...(testLocales ? catalogueFiles(join(root, TEST_LOCALES)) : []),
      ].map(([tag, file]) => [tag, JSON.parse(readFileSync(file, 'utf8')) as Catalogue]),
    ));
  return {
    name: 'lockstep-i18n-page-text',
    configResolved(config) {
      library = Boolean(config.build.lib); // the background bundles its few keys instead
    },
    renderChunk(code, chunk) {
      if (library || !chunk.fileName.startsWith('chunks/')) return null;
      const english = all().get('en') ?? {};
      const keys = chunkKeys(root, chunk.moduleIds, english, this.error);
      const groups = new Map<string, string[]>();
      for (const key of [...keys].sort())
        groups.set(textGroupOf(key), [...(groups.get(textGroupOf(key)) ?? []), key]);
      const names = [...groups.values()].map((group) => {
        const name = createHash('sha256').update(group.join()).digest('base64url').slice(0, 8);
        for (const [tag, catalogue] of all()) {
          // A key the language lacks speaks English (the browser's words), said nowhere.
          const texts = group.flatMap((k) => {
            const entry = catalogue[k] ?? english[k];
            return entry ? [[k, withPlaceholders(entry)]] : [];
          });
          const json = JSON.stringify(JSON.stringify(Object.fromEntries(texts)));
          files.set(textFile(name, tag), `export default JSON.parse(${json});\n`);
        }
        return name;
      });
      if (names.length === 0) return null;
      // Before lib/i18n-catalogue.ts has run (a chunk it does not import), the names wait in a list.
      const give =
        '(globalThis.__lockstepText??(n=>void(globalThis.__lockstepLater??=[]).push(...n)))';
      return { code: `await ${give}(${JSON.stringify(names)});\n${code}`, map: null };
    },
    generateBundle() {
      for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

/** Every key a chunk's own source files need; stops the build at a key it cannot see. */
function chunkKeys(
  root: string,
  moduleIds: readonly string[],
  english: Catalogue,
  fail: (message: string) => never,
): Set<string> {
  const known = new Set(Object.keys(english));
  const keys = new Set<string>();
  for (const id of moduleIds) {
    const file = id.split('?')[0] ?? id;
    if (id.startsWith('\0') || !file.startsWith(resolve(root) + '/') || !isScanned(file)) continue;
    const source = readFileSync(file, 'utf8');
    const [unseen] = unseenBuiltKeys(source);
    if (unseen !== undefined)
      fail(
        `${relative(root, file)}: tDynamic(\`${unseen}…\`) builds a key no text file holds. ` +
          'Start it with a prefix of DYNAMIC_PREFIXES (lib/build/i18n-chunks.ts), or add one.',
      );
    for (const key of keysOfFile(relative(root, file), source, known)) keys.add(key);
  }
  return keys;
}
