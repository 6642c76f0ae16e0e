import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DYNAMIC_PREFIXES,
  keysIn,
  keysOfFile,
  prefixesIn,
  sourceFiles,
  unseenBuiltKeys,
} from '@/lib/build/i18n-chunks';
import { i18nPageText, textFile } from '@/lib/build/i18n-page-text';
import { keysWithTwins, shellKey } from '@/lib/safety/discreet-words';

const root = resolve('.');
const english = Object.keys(
  JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as object,
);
const keys = new Set(english);
const sources = sourceFiles(root).map((file) => [relative(root, file), readFileSync(file, 'utf8')]);

describe('each chunk’s text, read from its source (issue 29)', () => {
  it('finds quoted keys, their neutral twins and the keys of the prefixes a file builds on', () => {
    const code = "t('quick_exit'); tDynamic(`dir_method_${kind}`); const x = 'pw_lead';";
    const found = keysOfFile('components/x.tsx', code, keys);
    expect(found.has('quick_exit') && found.has('quick_exit_discreet')).toBe(true);
    expect(found.has('pw_lead')).toBe(true);
    expect([...found].filter((key) => key.startsWith('pw_'))).toEqual([
      'pw_lead',
      'pw_lead_discreet',
    ]);
    expect([...found].some((key) => key.startsWith('dir_method_'))).toBe(true);
    expect(prefixesIn("'pw_' + kind")).toEqual(['pw_']);
    expect(keysOfFile('lib/safety/discreet-words.ts', code, keys).size).toBe(0);
  });

  it('stops at a built key whose start no prefix covers', () => {
    expect(unseenBuiltKeys('tDynamic(`wipe_${x}`)')).toEqual(['wipe_']);
    expect(unseenBuiltKeys('tDynamic(`${key}_how`)')).toEqual(['']);
    expect(unseenBuiltKeys('const key = `step_${id}`; tDynamic(`${key}_how`)')).toEqual([]);
    for (const [path, code] of sources) expect(unseenBuiltKeys(code ?? ''), path).toEqual([]);
  });

  it('knows the prefix of every key built at run time (a new family fails here)', () => {
    for (const [path, code = ''] of sources)
      for (const [, start] of code.matchAll(/`([a-z][a-z_]*_)\$\{/g))
        if (english.some((key) => key.startsWith(start ?? '~')))
          expect(
            DYNAMIC_PREFIXES.some((p) => start?.startsWith(p)),
            `${path}: ${start}`,
          ).toBe(true);
  });

  it('gives every neutral twin a page that names its key (the twin map is read for none)', () => {
    const quoted = new Set(
      sources.flatMap(([path, code = '']) =>
        path === 'lib/safety/discreet-words.ts' ? [] : [...keysIn(code, keys)],
      ),
    );
    for (const key of keysWithTwins()) {
      expect(shellKey(key, true)).toBe(`${key}_discreet`);
      expect(quoted.has(key), key).toBe(true);
    }
  });
});

describe('the text files of the build', () => {
  it('writes a chunk’s keys in every language and waits for them first', async () => {
    const plugin = i18nPageText(root);
    const emitted = new Map<string, string>();
    const context = {
      error: (message: string) => {
        throw new Error(message);
      },
      emitFile: ({ fileName, source }: { fileName: string; source: string }) =>
        void emitted.set(fileName, source),
    };
    (plugin.configResolved as (config: unknown) => void)({ build: {} });
    const chunk = { fileName: 'chunks/x.js', moduleIds: [resolve('lib/browser/action.ts')] };
    const render = plugin.renderChunk as unknown as (
      this: typeof context,
      code: string,
      chunk: unknown,
    ) => { code: string };
    const { code } = render.call(context, 'export {};', chunk);
    const [, name] = /__lockstepText\?\?.*\(\["([\w-]{8})"\]\)/.exec(code) ?? [];
    expect(code.endsWith('\nexport {};')).toBe(true);
    (plugin.generateBundle as unknown as (this: typeof context) => void).call(context);
    const spanish = emitted.get(textFile(name ?? '', 'es')) ?? '';
    const texts = JSON.parse(JSON.parse(/JSON\.parse\((.*)\);/.exec(spanish)?.[1] ?? '""'));
    expect(Object.keys(texts).length).toBeGreaterThan(0);
    expect(Object.keys(texts).every((key) => keys.has(key))).toBe(true);
    expect(emitted.has(textFile(name ?? '', 'en'))).toBe(true);
  });
});
