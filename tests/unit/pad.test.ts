import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_PADDED_BYTES, padToBucket, paddedLength } from '@/lib/crypto/pad';

const utf8 = (text: string) => new TextEncoder().encode(text).length;

describe('padding the sealed plan to a size bucket (issue 28)', () => {
  it('never shrinks, pads at least to 4 KiB, and costs at most about 12 % above that', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000_000 }), (bytes) => {
        const padded = paddedLength(bytes);
        expect(padded).toBeGreaterThanOrEqual(Math.max(bytes, MIN_PADDED_BYTES));
        if (bytes > MIN_PADDED_BYTES) expect(padded / bytes).toBeLessThanOrEqual(1.125);
        expect(paddedLength(padded)).toBe(padded);
      }),
      { numRuns: 5_000 },
    );
  });

  it('gives many lengths the same bucket: a few accounts more or less do not show', () => {
    const buckets = new Set<number>();
    for (let bytes = 20_000; bytes <= 40_000; bytes += 100) buckets.add(paddedLength(bytes));
    // 201 lengths, 100 bytes apart (about one account each), in under 20 buckets.
    expect(buckets.size).toBeLessThan(20);
  });

  it('adds only trailing spaces, counted in UTF-8 bytes, and the JSON reads the same', () => {
    const text = JSON.stringify({ name: 'Correo de Mamá ✉️', notes: 'x'.repeat(5_000) });
    const padded = padToBucket(text);
    expect(padded.startsWith(text)).toBe(true);
    expect(padded.slice(text.length).trim()).toBe('');
    expect(utf8(padded)).toBe(paddedLength(utf8(text)));
    expect(JSON.parse(padded)).toEqual(JSON.parse(text));
  });
});
