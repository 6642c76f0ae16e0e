import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readability, sentences, words } from '../fixtures/readability';

const messages = JSON.parse(
  readFileSync(resolve('public/_locales/en/messages.json'), 'utf8'),
) as Record<string, { message: string }>;

/** A hard limit; the target (STYLE.md) is about 20 words. */
const MAX_SENTENCE_WORDS = 25;
/** Flesch–Kincaid grade ceiling for any message long enough to measure (target: 6–8). */
const GRADE_CEILING = 9;
/** Shorter texts (labels, buttons) give meaningless grades. */
const MIN_WORDS_FOR_GRADE = 10;
/** Attribution lines name works and licenses as their authors spell them. */
const GRADE_EXEMPT = /^about_data_/;
/** Settings paths ("Settings > Privacy & Security") are names as the vendor spells them. */
const isSettingsPath = (message: string) => message.includes(' > ');
/** British spellings that have slipped in before (the source locale is US English). */
const BRITISH =
  /\b\w*(recognis|organis|authoris|apologis|prioritis|customis|licence|colour|behaviour|favour|honour|centre\b|defence|travell|cancell|judgement|whilst|amongst|programme|neighbour|standing order)\w*/i;

const rows = Object.entries(messages).map(([key, { message }]) => ({
  key,
  message,
  ...readability(message),
}));

describe('plain words in the English catalogue', () => {
  it(`has no sentence over ${MAX_SENTENCE_WORDS} words`, () => {
    const tooLong = Object.entries(messages).flatMap(([key, { message }]) =>
      sentences(message)
        .filter((s) => words(s).length > MAX_SENTENCE_WORDS)
        .map((s) => `${key} (${words(s).length} words): ${s}`),
    );
    expect(tooLong).toEqual([]);
  });

  it(`keeps every message at grade ${GRADE_CEILING} or below, and reports the grades`, () => {
    const measured = rows.filter((r) => r.words >= MIN_WORDS_FOR_GRADE);
    const ranked = [...measured].sort((a, b) => b.grade - a.grade);
    const longest = [...rows].sort((a, b) => b.longest - a.longest)[0]!;
    const mean = measured.reduce((n, r) => n + r.grade, 0) / measured.length;
    console.info(
      [
        `Readability: ${measured.length} messages measured, mean grade ${mean.toFixed(1)}, ` +
          `longest sentence ${longest.longest} words (${longest.key}).`,
        'Hardest (Flesch–Kincaid grade, words):',
        ...ranked.slice(0, 12).map((r) => `  ${r.grade.toFixed(1)}  ${r.words}  ${r.key}`),
      ].join('\n'),
    );
    const tooHard = measured
      .filter(
        (r) => !GRADE_EXEMPT.test(r.key) && !isSettingsPath(r.message) && r.grade > GRADE_CEILING,
      )
      .map((r) => `${r.key}: grade ${r.grade}`);
    expect(tooHard).toEqual([]);
  });

  it('uses US spelling', () => {
    const british = Object.entries(messages).flatMap(([key, { message }]) => {
      const hit = BRITISH.exec(message);
      return hit ? [`${key}: ${hit[0]}`] : [];
    });
    expect(british).toEqual([]);
  });

  it('measures what it claims (the measure can fail)', () => {
    expect(readability('The cat sat on the mat.').grade).toBeLessThan(2);
    const dense =
      'Comprehensive authentication infrastructure necessitates organizational prioritization of multifactor verification.';
    expect(readability(dense).grade).toBeGreaterThan(GRADE_CEILING);
    expect(sentences('One. Two! Three? Four')).toHaveLength(4);
    expect(words('a b c d e f g h i j k l m n o p q r s t u v w x y z').length).toBeGreaterThan(
      MAX_SENTENCE_WORDS,
    );
    expect(BRITISH.test('Remove what you do not recognise.')).toBe(true);
  });
});
