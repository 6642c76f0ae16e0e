import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const LANGUAGES = 'virtual:lockstep/languages';
const BACKGROUND = 'virtual:lockstep/background-messages';

/** The only keys the background speaks (it cannot wait for a chunk): toolbar title, notice. */
export const BACKGROUND_KEYS = ['extName', 'discreet_title', 'checkup_notify_default'] as const;

/** The small fake second language of test builds (tests/fixtures/locales): never shipped. */
export const TEST_LOCALES = 'tests/fixtures/locales';

/** Each catalogue folder under `dir` (`es_419`) with its messages.json path. */
export function catalogueFiles(dir: string): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir)
      .filter((folder) => existsSync(join(dir, folder, 'messages.json')))
      .sort()
      .map((folder) => [folder.replace(/_/g, '-'), join(dir, folder, 'messages.json')]),
  );
}

/**
 * The languages Lockstep can speak (issue 29), read from public/_locales at build time:
 * `virtual:lockstep/languages` names the shipped ones and every one a page can speak (each
 * page's text in them comes in small files: lib/build/i18n-page-text.ts);
 * `virtual:lockstep/background-messages` gives the background's few keys in every language.
 * A test build (`testLocales`) adds the fake language of tests/fixtures/locales.
 */
export function i18nLanguages(root = process.cwd(), testLocales = false): Plugin {
  const shipped = () => catalogueFiles(join(root, 'public/_locales'));
  const all = () =>
    new Map([...shipped(), ...(testLocales ? catalogueFiles(join(root, TEST_LOCALES)) : [])]);
  return {
    name: 'lockstep-i18n-languages',
    resolveId: (id) => (id === LANGUAGES || id === BACKGROUND ? `\0${id}` : undefined),
    load(id) {
      if (id === `\0${LANGUAGES}`) {
        const names = (map: Map<string, string>) => JSON.stringify([...map.keys()]);
        return `export const shipped = ${names(shipped())};\nexport const languages = ${names(all())};`;
      }
      if (id !== `\0${BACKGROUND}`) return undefined;
      const subsets = [...all()].map(([tag, file]) => {
        const catalogue = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        const keys = BACKGROUND_KEYS.filter((key) => key in catalogue);
        return [tag, Object.fromEntries(keys.map((key) => [key, catalogue[key]]))];
      });
      const names = JSON.stringify([...shipped().keys()]);
      return `export const shipped = ${names};\nexport default ${JSON.stringify(Object.fromEntries(subsets))};`;
    },
  };
}
