import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { capabilityOf, chunkKeys, chunksFor, isScanned } from './i18n-chunks';

const PREFIX = 'virtual:lockstep-messages/';

type Catalogue = Record<string, unknown>;

/** Every language with a source catalogue in public/_locales, English first. */
export function catalogues(root: string): Map<string, Catalogue> {
  const dir = join(root, 'public/_locales');
  const langs = readdirSync(dir).sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : 0));
  return new Map(
    langs.map((lang) => [
      lang,
      JSON.parse(readFileSync(join(dir, lang, 'messages.json'), 'utf8')) as Catalogue,
    ]),
  );
}

/**
 * Text split by capability (issue 29): each module that names catalogue keys gets, ahead of its
 * own code, a wait for its capability's chunk of messages in the page's language
 * (`virtual:lockstep-messages/messages-<capability>.<lang>`, one small chunk each). A page therefore
 * renders only after the text of every module it loaded is there, lazy pages included. The
 * background script cannot wait: there (a library build) the English chunk is bundled in.
 */
export function i18nChunks(root = process.cwd()): Plugin {
  let chunks: Map<string, Set<string>> | undefined;
  let all: Map<string, Catalogue> | undefined;
  let bundled = false;
  const i18nCatalogue = resolve(root, 'lib/i18n-catalogue.ts');
  const get = () => {
    all ??= catalogues(root);
    chunks ??= chunkKeys(root, new Set(Object.keys(all.get('en') ?? {})));
    return { all, chunks };
  };
  return {
    name: 'lockstep-i18n-chunks',
    enforce: 'pre',
    configResolved(config) {
      bundled = Boolean(config.build.lib);
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      // `messages-<capability>.<lang>`: the chunk's file is named for what it holds.
      const [name = '', lang = 'en'] = id.slice(PREFIX.length + 1 + 'messages-'.length).split('.');
      const { all: cats, chunks: keys } = get();
      const source = cats.get(lang) ?? {};
      const subset = Object.fromEntries(
        [...(keys.get(name) ?? [])].filter((k) => k in source).map((k) => [k, source[k]]),
      );
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(subset))});`;
    },
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (id.startsWith('\0') || file.includes('node_modules') || !isScanned(file)) return;
      if (!file.startsWith(resolve(root) + '/')) return;
      const { all: cats, chunks: keys } = get();
      const english = new Set(Object.keys(cats.get('en') ?? {}));
      const names = chunksFor(capabilityOf(root, file), code, english).filter((n) => keys.has(n));
      if (names.length === 0) return;
      const from = JSON.stringify(i18nCatalogue);
      const module = (name: string, lang: string) => `'${PREFIX}messages-${name}.${lang}'`;
      if (bundled) {
        const lines = names.map((name, i) => `import __lockstepEn${i} from ${module(name, 'en')};`);
        const adds = names.map((_, i) => `__lockstepAdd(__lockstepEn${i});`).join(' ');
        return `import { addMessages as __lockstepAdd } from ${from};\n${lines.join('\n')}\n${adds}\n${code}`;
      }
      const waits = names.map((name) => {
        const loaders = [...cats.keys()].map(
          (lang) => `${JSON.stringify(lang)}: () => import(${module(name, lang)})`,
        );
        return `__lockstepMessages(${JSON.stringify(name)}, { ${loaders.join(', ')} })`;
      });
      const importer = `import { loadMessages as __lockstepMessages } from ${from};\n`;
      return `${importer}await Promise.all([${waits.join(', ')}]);\n${code}`;
    },
  };
}
