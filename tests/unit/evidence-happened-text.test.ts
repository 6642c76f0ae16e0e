import { describe, expect, it } from 'vitest';
import { reportHtml } from '@/lib/evidence/archive-report';
import { MANIFEST_FORMAT, type Manifest } from '@/lib/evidence/archive-manifest';
import type { EvidenceEntry } from '@/lib/evidence/entry';
import { happenedText } from '@/lib/evidence/happened-text';

const entry = (seq: number, happenedAt?: string): EvidenceEntry => ({
  id: `e${seq}`,
  seq,
  text: 'A text at night',
  ...(happenedAt ? { happenedAt } : {}),
  links: { accounts: [], devices: [], findings: [] },
  files: [],
  recordedAt: Date.UTC(2026, 11, 1, 9),
  body: 'b'.repeat(64),
  link: 'c'.repeat(64),
});

const manifest = (entries: EvidenceEntry[]): Manifest => ({
  format: MANIFEST_FORMAT,
  version: 1,
  createdAt: '2026-12-08T00:00:00.000Z',
  chain: { digest: 'SHA-256', genesis: '0', head: 'c', entries: 2, removed: 0, holds: true },
  entries,
  files: [],
});

/** The report's "happened" lines: the label is a stand-in, the time is the report's own. */
function happenedLines(lang: string): string[] {
  const words = {
    text: (key: string, subs?: string | string[]) =>
      key === 'evidence_happened' ? `Happened: ${String(subs)}` : `[${key}]`,
    date: () => 'a day',
    lang,
  };
  const html = reportHtml(
    manifest([entry(1, '2026-11-30T23:10'), entry(2, '2026-02-03')]),
    words,
    0,
  );
  return [...html.matchAll(/<p>Happened: ([^<]*)<\/p>/g)].map((m) => m[1] ?? '');
}

describe("an evidence entry's happened time, in the report's language", () => {
  it('reads as an English date and time, or the date alone, in the archive report', () => {
    expect(happenedLines('en')).toEqual(['Nov 30, 2026, 11:10 PM', 'Feb 3, 2026']);
  });

  it('reads as a Spanish date and time, or the date alone, in the archive report', () => {
    expect(happenedLines('es')).toEqual(['30 nov 2026, 23:10', '3 feb 2026']);
  });

  it('keeps the picked time as picked, whatever the time zone (no shift to the day before)', () => {
    expect(happenedText('2026-01-01T00:05', 'es')).toBe('1 ene 2026, 0:05');
    expect(happenedText('2026-12-31T23:59', 'en')).toBe('Dec 31, 2026, 11:59 PM');
  });

  it('shows a value it cannot read as stored, never a wrong date', () => {
    expect(happenedText('2026-02-30', 'en')).toBe('2026-02-30');
    expect(happenedText('2026-11-30T25:00', 'en')).toBe('2026-11-30 25:00');
    expect(happenedText('2026-11-30T10:75', 'es')).toBe('2026-11-30 10:75');
    expect(happenedText('yesterday', 'es')).toBe('yesterday');
    expect(happenedText('2026-11-30T23:10', 'not a locale!')).toBe('2026-11-30 23:10');
  });
});
