import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DYNAMIC_PREFIXES,
  capabilityOf,
  chunkKeys,
  chunksFor,
  keysIn,
  prefixChunk,
  sourceFiles,
} from '@/lib/build/i18n-chunks';

const root = resolve('.');
const english = Object.keys(
  JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as object,
);
const keys = new Set(english);
const chunks = chunkKeys(root, keys);

describe('the catalogue split by capability (issue 29)', () => {
  it('finds quoted keys and built-key prefixes, and names each chunk', () => {
    const code = "t('wipe_done'); tDynamic(`step_${id}_title`); const x = 'not_a_key';";
    expect([...keysIn(code, keys)]).toEqual(['wipe_done']);
    expect(chunksFor('safety', code, keys)).toEqual(['safety', 'built-step']);
    expect(capabilityOf(root, resolve('components/plan/plan-page.tsx'))).toBe('plan');
    expect(capabilityOf(root, resolve('lib/safety/wipe.ts'))).toBe('lib-safety');
  });

  it('gives every key a source file names to a chunk that file waits for', () => {
    for (const file of sourceFiles(root)) {
      const code = readFileSync(file, 'utf8');
      const waited = chunksFor(capabilityOf(root, file), code, keys).flatMap((name) => [
        ...(chunks.get(name) ?? []),
      ]);
      const missing = [...keysIn(code, keys)].filter((key) => !waited.includes(key));
      expect(missing, relative(root, file)).toEqual([]);
    }
  });

  it('knows the prefix of every key built at run time (a new family fails here)', () => {
    for (const file of sourceFiles(root)) {
      const code = readFileSync(file, 'utf8');
      for (const [, start] of code.matchAll(/`([a-z][a-z_]*_)\$\{/g)) {
        const builtKey = english.some((key) => key.startsWith(start ?? '~'));
        if (builtKey)
          expect(
            DYNAMIC_PREFIXES.some((p) => start?.startsWith(p)),
            `${relative(root, file)}: ${start}`,
          ).toBe(true);
      }
    }
  });

  it('puts each built key in its prefix chunk', () => {
    for (const prefix of DYNAMIC_PREFIXES) {
      const expected = english.filter((key) => key.startsWith(prefix));
      expect(expected.length, prefix).toBeGreaterThan(0);
      expect([...(chunks.get(prefixChunk(prefix)) ?? [])].sort()).toEqual(expected.sort());
    }
  });
});
