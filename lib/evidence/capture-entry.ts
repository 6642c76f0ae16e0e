import { EVIDENCE_LIMITS, type EvidenceDraft } from './entry';
import type { PickedFile } from './evidence-actions';
import { decodeDataUrl } from './data-url';
import type { PageCapture } from './pending-capture';

/** The words put before the page's title and address in the entry (from the catalogue). */
export interface CaptureLabels {
  readonly title: string;
  readonly address: string;
}

const two = (n: number) => String(n).padStart(2, '0');

/** A local date and time as the log's "when it happened" (`YYYY-MM-DDTHH:MM`). */
export function localMinute(at: number): string {
  const d = new Date(at);
  const day = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  return `${day}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

/**
 * A page copy as a log entry: the person's words (if any), then the page's title and address;
 * "when it happened" is the moment of the capture; the picture is its one file, named for that
 * moment. Pure; BadDataUrlError when the picture cannot be read.
 */
export function captureEntry(
  capture: PageCapture,
  labels: CaptureLabels,
): { draft: Omit<EvidenceDraft, 'files'>; file: PickedFile } {
  const { type, bytes } = decodeDataUrl(capture.dataUrl);
  const page = [`${labels.title}: ${capture.title}`, `${labels.address}: ${capture.url}`];
  const words = capture.words.trim();
  const text = (words ? [words, '', ...page] : page).join('\n').slice(0, EVIDENCE_LIMITS.text);
  const when = localMinute(capture.at);
  const seconds = two(new Date(capture.at).getSeconds());
  const extension = type === 'image/jpeg' ? 'jpg' : (type.split('/')[1] ?? 'png');
  const name = `page-${when.replace('T', '-').replace(':', '')}${seconds}.${extension}`;
  return {
    draft: { text, happenedAt: when, links: { accounts: [], devices: [], findings: [] } },
    file: { name, type, bytes },
  };
}
