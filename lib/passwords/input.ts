import { MAX_INPUT } from './strength';

/** Characters as a person counts them (emoji and combined letters count once). */
export function visibleLength(text: string): number {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Segmenter) return [...text].length;
  return [...new Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;
}

/** Caps what is checked at MAX_INPUT code points (never cutting a surrogate pair in half). */
export function capInput(text: string): { text: string; capped: boolean } {
  const points = [...text];
  return points.length > MAX_INPUT
    ? { text: points.slice(0, MAX_INPUT).join(''), capped: true }
    : { text, capped: false };
}

/** Known words from the box: one per line or comma, trimmed, each also split into its words. */
export function knownWords(text: string, extra: readonly string[] = []): string[] {
  const items = [...text.split(/[\n,;]+/), ...extra].map((w) => w.trim()).filter(Boolean);
  const parts = items.flatMap((w) => [w, ...w.split(/[\s.@/_-]+/).filter((p) => p.length > 2)]);
  return [...new Set(parts.map((w) => w.slice(0, 100)))].slice(0, 200);
}
