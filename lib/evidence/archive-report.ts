import type { MessageKey } from '../i18n';
import type { Manifest, ManifestFile } from './archive-manifest';
import type { EvidenceEntry } from './entry';
import { happenedText } from './happened-text';

/**
 * The archive's `report.html`: the printable report as one static page (no script, no remote
 * anything: its content policy allows nothing to load), each file linked by its path in the
 * archive. Pure: the words and dates come in from the caller.
 */

export interface ReportWords {
  readonly text: (key: MessageKey, substitutions?: string | string[]) => string;
  readonly date: (time: number) => string;
  /** The language the words are in, e.g. `en`. */
  readonly lang: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made harmless inside HTML, in content and in attributes. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const p = (text: string) => `<p>${escapeHtml(text)}</p>`;

function fileHtml(file: ManifestFile, { text }: ReportWords): string {
  const link = `<a href="${escapeHtml(file.path)}">${escapeHtml(file.name)}</a>`;
  return `<p>${link}<br><code>${escapeHtml(text('evidence_file_digest', file.sha256))}</code></p>`;
}

function entryHtml(entry: EvidenceEntry, files: readonly ManifestFile[], words: ReportWords) {
  const { text, date, lang } = words;
  if (entry.removedAt !== undefined)
    return `<li>${p(text('evidence_removed', [String(entry.seq), date(entry.removedAt)]))}</li>`;
  return [
    `<li><h2>${escapeHtml(text('evidence_entry_number', String(entry.seq)))}</h2>`,
    entry.happenedAt ? p(text('evidence_happened', happenedText(entry.happenedAt, lang))) : '',
    p(text('evidence_recorded', date(entry.recordedAt))),
    `<p style="white-space:pre-wrap">${escapeHtml(entry.text)}</p>`,
    ...files.filter((f) => f.entry === entry.seq).map((f) => fileHtml(f, words)),
    '</li>',
  ].join('\n');
}

/** The whole report page. */
export function reportHtml(manifest: Manifest, words: ReportWords, now: number): string {
  const { text, date, lang } = words;
  const title = escapeHtml(text('print_title_neutral'));
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'unsafe-inline'">`,
    `<title>${title}</title></head><body>`,
    `<h1>${title}</h1>`,
    p(text('print_date', date(now))),
    '<ol>',
    ...manifest.entries.map((entry) => entryHtml(entry, manifest.files, words)),
    '</ol>',
    `<p><code>${escapeHtml(text('evidence_head', manifest.chain.head))}</code></p>`,
    p(text('evidence_report_method')),
    p(text('evidence_check_limits')),
    '</body></html>',
    '',
  ].join('\n');
}
