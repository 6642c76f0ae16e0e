/**
 * Fewer clear facts while locked (issue 28): the sealed plan's length says roughly how much the
 * plan holds (one account more, a few hundred bytes more). The text is padded with trailing
 * spaces (JSON ignores them) to a size bucket: at least 4 KiB, then Padmé's buckets
 * (Nikitin et al., "Reducing Metadata Leakage from Encrypted Files and Communication with
 * PURBs", PETS 2019), which cost at most about 12 % more bytes and leak only O(log log n) bits.
 */
export const MIN_PADDED_BYTES = 4_096;

/** The bucket a length of `bytes` is padded up to. */
export function paddedLength(bytes: number): number {
  const length = Math.max(bytes, MIN_PADDED_BYTES);
  const exponent = Math.floor(Math.log2(length));
  const bitsOfExponent = Math.floor(Math.log2(exponent)) + 1;
  const lowBits = exponent - bitsOfExponent;
  const step = 2 ** lowBits;
  return Math.ceil(length / step) * step;
}

/** The text padded with spaces so that its UTF-8 length falls on a bucket. */
export function padToBucket(text: string): string {
  const bytes = new TextEncoder().encode(text).length;
  return text + ' '.repeat(paddedLength(bytes) - bytes);
}
