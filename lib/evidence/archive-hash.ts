/**
 * SHA-256 (FIPS 180-4) fed one chunk at a time, for the archive's check of each file against its
 * entry. WebCrypto only hashes one whole buffer: that meant a copy of each file (up to 25 MB)
 * joined in the page, and a second copy handed to the browser. Here each chunk is hashed where
 * it lies and let go. Tests compare it with WebCrypto's digest. Pure.
 */

const K = Uint32Array.from(
  // The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
  '428a2f98 71374491 b5c0fbcf e9b5dba5 3956c25b 59f111f1 923f82a4 ab1c5ed5 d807aa98 12835b01 243185be 550c7dc3 72be5d74 80deb1fe 9bdc06a7 c19bf174 e49b69c1 efbe4786 0fc19dc6 240ca1cc 2de92c6f 4a7484aa 5cb0a9dc 76f988da 983e5152 a831c66d b00327c8 bf597fc7 c6e00bf3 d5a79147 06ca6351 14292967 27b70a85 2e1b2138 4d2c6dfc 53380d13 650a7354 766a0abb 81c2c92e 92722c85 a2bfe8a1 a81a664b c24b8b70 c76c51a3 d192e819 d6990624 f40e3585 106aa070 19a4c116 1e376c08 2748774c 34b0bcb5 391c0cb3 4ed8aa4a 5b9cca4f 682e6ff3 748f82ee 78a5636f 84c87814 8cc70208 90befffa a4506ceb bef9a3f7 c67178f2'
    .split(' ')
    .map((word) => parseInt(word, 16)),
);
const START = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** The 64-byte block at `at` of `data` folded into the state `h`; `w` is scratch space. */
function compress(h: Int32Array, w: Int32Array, data: DataView, at: number) {
  for (let i = 0; i < 16; i++) w[i] = data.getInt32(at + 4 * i);
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15] ?? 0;
    const y = w[i - 2] ?? 0;
    const s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
    const s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
    w[i] = (s0 + (w[i - 7] ?? 0) + s1 + (w[i - 16] ?? 0)) | 0;
  }
  let a = h[0] ?? 0;
  let b = h[1] ?? 0;
  let c = h[2] ?? 0;
  let d = h[3] ?? 0;
  let e = h[4] ?? 0;
  let f = h[5] ?? 0;
  let g = h[6] ?? 0;
  let k = h[7] ?? 0;
  for (let i = 0; i < 64; i++) {
    const s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
    const t1 = (k + s1 + ((e & f) ^ (~e & g)) + (K[i] ?? 0) + (w[i] ?? 0)) | 0;
    const s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
    const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    k = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  h[0] = (h[0] ?? 0) + a;
  h[1] = (h[1] ?? 0) + b;
  h[2] = (h[2] ?? 0) + c;
  h[3] = (h[3] ?? 0) + d;
  h[4] = (h[4] ?? 0) + e;
  h[5] = (h[5] ?? 0) + f;
  h[6] = (h[6] ?? 0) + g;
  h[7] = (h[7] ?? 0) + k;
}

/** A running SHA-256: `add` bytes in order, then `hex` once (lowercase, as `sha256sum`). */
export function sha256Stream() {
  const h = Int32Array.from(START);
  const w = new Int32Array(64);
  const block = new Uint8Array(64);
  const blockView = new DataView(block.buffer);
  let held = 0;
  let length = 0;
  return {
    add(bytes: Uint8Array) {
      length += bytes.length;
      const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      let at = 0;
      if (held > 0) {
        at = Math.min(64 - held, bytes.length);
        block.set(bytes.subarray(0, at), held);
        held += at;
        if (held < 64) return;
        compress(h, w, blockView, 0);
        held = 0;
      }
      for (; at + 64 <= bytes.length; at += 64) compress(h, w, data, at);
      block.set(bytes.subarray(at), 0);
      held = bytes.length - at;
    },
    hex(): string {
      block.fill(0, held);
      block[held] = 0x80;
      if (held >= 56) {
        compress(h, w, blockView, 0);
        block.fill(0);
      }
      blockView.setUint32(56, Math.floor(length / 2 ** 29)); // the length in bits, 64-bit big-endian
      blockView.setUint32(60, (length * 8) >>> 0);
      compress(h, w, blockView, 0);
      return Array.from(h, (v) => (v >>> 0).toString(16).padStart(8, '0')).join('');
    },
  };
}
