import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Stream } from '@/lib/evidence/archive-hash';
import { sha256Bytes } from '@/lib/evidence/digest';

/** The stream's digest of `bytes` fed in pieces cut at `cuts`. */
function streamed(bytes: Uint8Array, cuts: number[]): string {
  const hash = sha256Stream();
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    hash.add(bytes.subarray(at, Math.max(at, cut)));
    at = Math.max(at, cut);
  }
  hash.add(bytes.subarray(at));
  return hash.hex();
}

describe('the archive’s running SHA-256', () => {
  it('gives the known digests of the empty input and "abc"', () => {
    expect(streamed(new Uint8Array(0), [])).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(streamed(new TextEncoder().encode('abc'), [1])).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('matches WebCrypto at every padding edge, however the bytes are cut', async () => {
    for (const size of [55, 56, 63, 64, 65, 119, 120, 128, 1_000]) {
      const bytes = Uint8Array.from({ length: size }, (_, i) => (i * 31 + size) % 256);
      const expected = await sha256Bytes(bytes);
      expect(streamed(bytes, [])).toBe(expected);
      expect(streamed(bytes, [1, 63, 64, 100])).toBe(expected);
    }
  });

  it('matches WebCrypto on any bytes fed in any pieces', async () => {
    const input = fc.uint8Array({ maxLength: 600 });
    const cuts = fc.array(fc.nat(600), { maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(input, cuts, async (bytes, at) => {
        expect(streamed(bytes, at)).toBe(await sha256Bytes(bytes));
      }),
    );
  });

  it('hashes a chunk that is a view into a larger buffer, from its own start', async () => {
    const buffer = Uint8Array.from({ length: 300 }, (_, i) => i % 256);
    const view = buffer.subarray(7, 207);
    expect(streamed(view, [70])).toBe(await sha256Bytes(view.slice()));
  });
});
