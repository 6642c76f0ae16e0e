import { CHUNK_BYTES } from './entry';

/**
 * How a file is cut into chunks, and what a set of stored chunks must be to make the whole file
 * again. Pure. Sealed chunks bind their file, place and whether they are last into AES-GCM's
 * additional data, so a chunk moved, swapped or left off never opens as a whole file.
 */

/** What a stored chunk says of its place (the bytes are not needed to check the set). */
export interface ChunkPlace {
  readonly fileId: string;
  readonly index: number;
  readonly last: boolean;
}

/** How many chunks a file of `size` bytes takes (an empty file still has one). */
export const chunkCount = (size: number): number => Math.max(1, Math.ceil(size / CHUNK_BYTES));

/** The file's bytes as chunks, each a view on the original (no copy). */
export function splitChunks(bytes: Uint8Array): { place: ChunkPlace; bytes: Uint8Array }[] {
  const count = chunkCount(bytes.length);
  return Array.from({ length: count }, (_, index) => ({
    place: { fileId: '', index, last: index === count - 1 },
    bytes: bytes.subarray(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES),
  }));
}

/** The additional data a chunk is sealed with: its file, its index, and whether it is last. */
export const chunkContext = ({ fileId, index, last }: ChunkPlace): string =>
  ['lockstep-chunk-1', fileId, index, last ? 'last' : 'more'].join('\u0000');

/**
 * `ok`, or what is wrong with the chunks read for one file (sorted by index): `missing` (a gap,
 * or none at all), `truncated` (no last chunk, or fewer than the size needs), `extra` (chunks
 * after the last one, or more than the size needs).
 */
export function checkChunkSet(
  places: readonly ChunkPlace[],
  size: number,
): 'ok' | 'missing' | 'truncated' | 'extra' {
  if (places.length === 0 || places.some((p, i) => p.index !== i)) return 'missing';
  const lastAt = places.findIndex((p) => p.last);
  if (lastAt === -1) return 'truncated';
  if (lastAt !== places.length - 1) return 'extra';
  const expected = chunkCount(size);
  if (places.length < expected) return 'truncated';
  return places.length > expected ? 'extra' : 'ok';
}

/** One buffer from parts, in order. */
export function joinChunks(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}
