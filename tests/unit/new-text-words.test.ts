import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stepsFor } from '@/lib/plan/playbook';
import { LIFE_KIND_STEPS } from '@/lib/plan/playbook-life-kinds';
import { readability, sentences, words } from '../fixtures/readability';

const messages = JSON.parse(
  readFileSync(resolve('public/_locales/en/messages.json'), 'utf8'),
) as Record<string, { message: string }>;

/** Issue 31's measures for new and changed text (the older catalogue keeps grade 9 / 25). */
const GRADE = 8;
const SENTENCE_WORDS = 20;
const HOW_WORDS = 60;
/** Shorter texts (labels, buttons) give meaningless grades. */
const MIN_WORDS_FOR_GRADE = 10;

/** The steps issue 32 wrote or rewrote, and the pages and answers it added. */
const NEW_STEPS = [
  ...new Set(Object.values(LIFE_KIND_STEPS).flatMap((steps) => steps.map((s) => s.id))),
  'tracker_scan',
  'tracker_found',
  'tracker_children',
].filter(
  (id) =>
    ![
      'document_first',
      'sync_check',
      'new_password',
      'recovery_info',
      'sign_out_sessions',
      'turn_on_mfa',
    ].includes(id),
);
const NEW_KINDS = [
  'home_internet',
  'mail_address',
  'government',
  'health',
  'fitness',
  'games',
  'co_parenting',
  'dating',
];
const NEW_PREFIXES = ['lo_route_', 'imp_', 'intake_q_shared_', 'intake_flag_custody'];

const keys = [
  ...NEW_STEPS.flatMap((id) => ['title', 'why', 'how'].map((part) => `step_${id}_${part}`)),
  ...NEW_KINDS.flatMap((kind) => [`kind_${kind}`, `kind_${kind}_hint`]),
  ...Object.keys(messages).filter((key) => NEW_PREFIXES.some((p) => key.startsWith(p))),
];

describe('plain words in the text issue 32 added', () => {
  it('measures every new key (none missing)', () => {
    expect(keys.filter((key) => !messages[key])).toEqual([]);
    expect(keys.length).toBeGreaterThan(80);
  });

  it(`keeps sentences to ${SENTENCE_WORDS} words and how-tos to ${HOW_WORDS}`, () => {
    const long = keys.flatMap((key) =>
      sentences(messages[key]!.message)
        .filter((s) => words(s).length > SENTENCE_WORDS)
        .map((s) => `${key}: ${s}`),
    );
    expect(long).toEqual([]);
    const hows = keys.filter((k) => k.endsWith('_how'));
    const wordy = hows.filter((k) => words(messages[k]!.message).length > HOW_WORDS);
    expect(wordy).toEqual([]);
  });

  it(`keeps every new message at grade ${GRADE} or below`, () => {
    const hard = keys
      .map((key) => ({ key, ...readability(messages[key]!.message) }))
      .filter((r) => r.words >= MIN_WORDS_FOR_GRADE && r.grade > GRADE)
      .map((r) => `${r.key}: grade ${r.grade.toFixed(1)}`);
    expect(hard).toEqual([]);
  });

  it('keeps each new kind, and the trackers, within the longest kind of issue 31 (894 words)', () => {
    const kindWords = (steps: readonly { readonly id: string }[]) =>
      steps
        .flatMap((s) => ['title', 'why', 'how'].map((p) => messages[`step_${s.id}_${p}`]!.message))
        .reduce((n, text) => n + words(text).length, 0);
    const figures = Object.entries({ ...LIFE_KIND_STEPS, trackers: stepsFor('trackers') }).map(
      ([kind, steps]) => [kind, kindWords(steps)] as const,
    );
    console.info(`playbook_words per kind: ${figures.map(([k, n]) => `${k} ${n}`).join(', ')}`);
    expect(figures.filter(([, n]) => n > 894)).toEqual([]);
  });

  it('never says "safe"', () => {
    // "Safety & emergency" is Android's own name for a settings page.
    const said = (key: string) => messages[key]!.message.replaceAll('Safety & emergency', '');
    expect(keys.filter((key) => /\bsafe(ly|ty)?\b/i.test(said(key)))).toEqual([]);
  });
});
