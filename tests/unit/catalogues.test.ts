import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '@/lib/i18n-messages';
import { SAME_AS_ENGLISH } from '../fixtures/catalogue-same-words';
import { readability, sentences, syllables, words } from '../fixtures/readability';
import { fernandezHuerta } from '../fixtures/readability-es';

// A third language is one file: public/_locales/<lang>/messages.json. Every such file is checked
// here against the English source; nothing else needs to change (lib/build/i18n-languages-plugin.ts
// finds it).
const DIR = 'public/_locales';
const read = (lang: string) =>
  JSON.parse(readFileSync(join(DIR, lang, 'messages.json'), 'utf8')) as Catalogue;
const english = read('en');
const others = readdirSync(DIR).filter((lang) => lang !== 'en');

/** What a message puts in: its named placeholders (name → content) and the $1…$9 it uses. */
function placeholders(entry: Catalogue[string] | undefined): string[] {
  const named = Object.entries(entry?.placeholders ?? {}).map(
    ([name, { content }]) => `${name.toLowerCase()}=${content}`,
  );
  const used = (entry?.message ?? '').match(/\$[A-Za-z0-9_]+\$|\$\d/g) ?? [];
  return [...named, ...used.map((p) => p.toLowerCase())].sort();
}

/** True when a message has nothing a translator could change. */
const nothingToTranslate = (message: string): boolean =>
  !/\p{L}{2}/u.test(message.replace(/\$[A-Za-z0-9_]+\$/g, ''));

describe('the English catalogue', () => {
  // Chromium refuses to load the whole extension over one bad key name ("Name of a key … is
  // invalid. Only ASCII [a-z], [A-Z], [0-9] and "_" are allowed."): every page stays blank.
  it('has only key names the browsers accept', () => {
    expect(Object.keys(english).filter((key) => !/^[A-Za-z0-9_]+$/.test(key))).toEqual([]);
  });

  // Spanish ships (issue 36): the checks below must have a catalogue to read.
  it('has at least one translation beside it', () => {
    expect(others.length).toBeGreaterThan(0);
  });
});

describe.each(others)('the %s catalogue', (lang) => {
  const catalogue = read(lang);

  it('has every English key and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
  });

  it('keeps every placeholder of the English message', () => {
    const changed = Object.keys(english).filter(
      (key) => placeholders(catalogue[key]).join() !== placeholders(english[key]).join(),
    );
    expect(changed).toEqual([]);
  });

  it('leaves no English message untranslated, but for the allow-list’s reasons', () => {
    const same = Object.keys(english).filter(
      (key) =>
        catalogue[key]?.message === english[key]?.message &&
        !nothingToTranslate(english[key]?.message ?? '') &&
        !(key in SAME_AS_ENGLISH),
    );
    expect(same).toEqual([]);
  });
});

describe('the allow-list of messages the same in every language', () => {
  it('names only keys that exist, each with a reason', () => {
    for (const [key, reason] of Object.entries(SAME_AS_ENGLISH)) {
      expect(english[key], key).toBeDefined();
      expect(reason.length).toBeGreaterThan(10);
    }
  });
});

/** The English ceiling is grade 9 (tests/unit/plain-words.test.ts); Fernández-Huerta's band
 * for grades 7–8 starts at 60, the easiest band that is not above grade 9. */
const EASE_FLOOR = 60;
const MIN_WORDS = 10;

describe.skipIf(!others.includes('es'))('Spanish readability (Fernández-Huerta)', () => {
  it(`keeps every message of ${MIN_WORDS}+ words at ${EASE_FLOOR} or easier`, () => {
    const spanish = others.includes('es') ? read('es') : {};
    // The English test's exemptions: attribution lines name works as their authors do, and
    // settings paths ("Configuración > …") are names as the vendor spells them.
    const rows = Object.entries(spanish)
      .filter(([key, { message }]) => !/^about_data_/.test(key) && !message.includes(' > '))
      .map(([key, { message }]) => ({ key, ...fernandezHuerta(message) }))
      .filter((row) => row.words >= MIN_WORDS);
    const hard = rows.filter((row) => row.ease < EASE_FLOOR).map((r) => `${r.key} ${r.ease}`);
    const mean = rows.reduce((n, r) => n + r.ease, 0) / Math.max(1, rows.length);
    console.info(`Spanish: ${rows.length} messages measured, mean ease ${mean.toFixed(1)}`);
    expect(hard).toEqual([]);
  });
});

/** Flesch reading ease (Flesch 1948: 206.835 − 1.015·words/sentence − 84.6·syllables/word). */
function fleschEase(text: string): number {
  const parts = sentences(text);
  const all = parts.flatMap(words);
  const count = Math.max(1, all.length);
  const syl = all.reduce((n, w) => n + syllables(w), 0);
  return 206.835 - 1.015 * (count / Math.max(1, parts.length)) - 84.6 * (syl / count);
}

const mean = (values: readonly number[]) =>
  values.reduce((n, v) => n + v, 0) / Math.max(1, values.length);

describe('readability of both languages, measured the same way (issue 36 closing figures)', () => {
  /** The same messages as above: 10+ words, attribution lines and settings paths left out. */
  const measured = (catalogue: Catalogue) =>
    Object.entries(catalogue)
      .filter(([key, { message }]) => !/^about_data_/.test(key) && !message.includes(' > '))
      .map(([, { message }]) => message);

  it('reports English Flesch–Kincaid grade and reading ease beside Spanish Fernández-Huerta', () => {
    const en = measured(english).filter((m) => readability(m).words >= MIN_WORDS);
    const grade = mean(en.map((m) => readability(m).grade));
    const ease = mean(en.map(fleschEase));
    const lines = [
      `English: ${en.length} messages, mean FK grade ${grade.toFixed(1)}, mean Flesch ease ${ease.toFixed(1)}`,
    ];
    if (others.includes('es')) {
      const es = measured(read('es')).filter((m) => fernandezHuerta(m).words >= MIN_WORDS);
      const fh = mean(es.map((m) => fernandezHuerta(m).ease));
      lines.push(`Spanish: ${es.length} messages, mean Fernández-Huerta ease ${fh.toFixed(1)}`);
      expect(fh).toBeGreaterThanOrEqual(EASE_FLOOR);
    }
    console.info(lines.join('\n'));
    // Checked on known texts: a child's sentence is easy, a dense one is not.
    expect(fleschEase('The cat sat on the mat.')).toBeGreaterThan(100);
    expect(
      fleschEase(
        'Cryptographic authentication necessitates considerable organizational deliberation.',
      ),
    ).toBeLessThan(0);
    expect(grade).toBeLessThanOrEqual(9);
  });
});
