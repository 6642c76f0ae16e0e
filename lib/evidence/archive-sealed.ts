import {
  deriveKey,
  fromBase64,
  KDF_ALGORITHM,
  MAX_ITERATIONS,
  MIN_ITERATIONS,
  newKdfParams,
  type KdfParams,
} from '../crypto/seal';
import { ArchiveError, type FrameMeta } from './archive-frames';
import { quiet } from './archive-pipe';
import { DISCREET_MANIFEST_FORMAT, MANIFEST_FORMAT, MANIFEST_VERSION } from './archive-manifest';

/**
 * The sealed archive, Lockstep's own format. One header line of JSON (what it is, and the key
 * settings: PBKDF2-SHA-256 as for sealed exports, lib/crypto/seal.ts), then frames:
 *
 *   [length: 4 bytes, big-endian][iv: 12 bytes][AES-GCM of: [meta length: 4][meta JSON][bytes]]
 *
 * Each frame is sealed with the header, its number and whether it is the last bound in as
 * additional data: a frame changed, moved, swapped or cut off never opens. Frames hold one file
 * chunk (at most 1 MiB), the report or the manifest; the last says the archive ends there.
 */

const IV_BYTES = 12;
/** The manifest is one frame: 32 MiB holds thousands of long entries. */
export const MAX_FRAME_BYTES = 32 * 1024 * 1024;
const MAX_HEADER_BYTES = 1024;
const utf8 = new TextEncoder();

const frameContext = (header: string, index: number, last: boolean) =>
  utf8.encode([header, index, last ? 'last' : 'more'].join('\u0000'));

function u32(value: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}

/**
 * Starts a sealed archive; `out` receives its bytes in order. Each frame is numbered and its
 * bytes copied when it is asked for, so several may be sealing at once (the caller bounds how
 * many); their bytes still reach `out` in order. A frame's promise settles once it is out.
 */
export async function sealedWriter(
  passphrase: string,
  out: (bytes: Uint8Array<ArrayBuffer>) => void,
  { discreet = false, iterations }: { discreet?: boolean; iterations?: number } = {},
) {
  const kdf = newKdfParams(iterations);
  const key = await deriveKey(passphrase, kdf);
  const format = discreet ? DISCREET_MANIFEST_FORMAT : MANIFEST_FORMAT;
  const header = JSON.stringify({ format, version: MANIFEST_VERSION, kdf });
  out(utf8.encode(`${header}\n`));
  let index = 0;
  let written: Promise<void> = Promise.resolve();
  // One buffer for every frame's plain bytes: `encrypt` copies its input when called (Web
  // Cryptography API, SubtleCrypto.encrypt step 2, https://w3c.github.io/webcrypto/), and a
  // fresh megabyte per frame cost the page more than the copy itself.
  let room = new Uint8Array(0);
  const frame = function (meta: FrameMeta, data: Uint8Array = new Uint8Array(0)) {
    const metaBytes = utf8.encode(JSON.stringify(meta));
    const size = 4 + metaBytes.length + data.length;
    if (room.length < size) room = new Uint8Array(size);
    const plain = room.subarray(0, size);
    plain.set(u32(metaBytes.length), 0);
    plain.set(metaBytes, 4);
    plain.set(data, 4 + metaBytes.length);
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const additionalData = frameContext(header, index++, meta.kind === 'end');
    const params = { name: 'AES-GCM', iv, additionalData };
    const sealing = quiet(crypto.subtle.encrypt(params, key, plain));
    written = written.then(async () => {
      const sealed = new Uint8Array(await sealing);
      out(u32(sealed.length));
      out(iv);
      out(sealed);
    });
    return written;
  };
  await frame({ kind: 'start' });
  return frame;
}

/** The header line, checked before any key is derived. */
async function readHeader(blob: Blob): Promise<{ header: string; kdf: KdfParams }> {
  const start = new Uint8Array(await blob.slice(0, MAX_HEADER_BYTES).arrayBuffer());
  const end = start.indexOf(10);
  if (end < 0) throw new ArchiveError('not-archive');
  const header = new TextDecoder().decode(start.subarray(0, end));
  let parsed: { format?: unknown; version?: unknown; kdf?: Partial<KdfParams> };
  try {
    parsed = JSON.parse(header) as typeof parsed;
  } catch {
    throw new ArchiveError('not-archive');
  }
  if (parsed.format !== MANIFEST_FORMAT && parsed.format !== DISCREET_MANIFEST_FORMAT)
    throw new ArchiveError('not-archive');
  if (parsed.version !== MANIFEST_VERSION) throw new ArchiveError('newer');
  const { algorithm, iterations, salt } = parsed.kdf ?? {};
  const fits = Number.isSafeInteger(iterations) && (iterations as number) <= MAX_ITERATIONS;
  if (algorithm !== KDF_ALGORITHM || !fits || typeof salt !== 'string')
    throw new ArchiveError('not-archive');
  if ((iterations as number) < MIN_ITERATIONS) throw new ArchiveError('weak-key');
  if (fromBase64(salt).length < 16) throw new ArchiveError('not-archive');
  return { header, kdf: { algorithm, iterations: iterations as number, salt } };
}

async function openFrame(
  key: CryptoKey,
  iv: Uint8Array<ArrayBuffer>,
  sealed: ArrayBuffer,
  ad: Uint8Array<ArrayBuffer>,
) {
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: ad }, key, sealed),
    );
  } catch {
    return null;
  }
}

/** A frame's meta and bytes; `damaged` when the meta is not JSON. */
function splitFrame(plain: Uint8Array<ArrayBuffer>): { meta: FrameMeta; body: Uint8Array } {
  const metaLength = plain.length < 4 ? Infinity : new DataView(plain.buffer).getUint32(0);
  if (4 + metaLength > plain.length) throw new ArchiveError('damaged');
  try {
    const meta = JSON.parse(
      new TextDecoder().decode(plain.subarray(4, 4 + metaLength)),
    ) as FrameMeta;
    return { meta, body: plain.subarray(4 + metaLength) };
  } catch {
    throw new ArchiveError('damaged');
  }
}

/**
 * The frames of a sealed archive, read one at a time from `blob` (never the whole file). Throws
 * ArchiveError: `wrong-passphrase` when the first frame does not open, `damaged` for any later
 * frame that does not, a length out of bounds, a missing end or bytes after it.
 */
export async function* readSealed(
  blob: Blob,
  passphrase: string,
): AsyncGenerator<{ meta: FrameMeta; data: Uint8Array }> {
  const { header, kdf } = await readHeader(blob);
  const key = await deriveKey(passphrase, kdf);
  let at = utf8.encode(header).length + 1;
  for (let index = 0; ; index++) {
    if (at + 4 + IV_BYTES > blob.size) throw new ArchiveError('damaged');
    const head = await blob.slice(at, at + 4 + IV_BYTES).arrayBuffer();
    const length = new DataView(head).getUint32(0);
    if (length > MAX_FRAME_BYTES || at + 4 + IV_BYTES + length > blob.size)
      throw new ArchiveError('damaged');
    const iv = new Uint8Array(head.slice(4));
    const sealed = await blob.slice(at + 4 + IV_BYTES, at + 4 + IV_BYTES + length).arrayBuffer();
    at += 4 + IV_BYTES + length;
    const last = at === blob.size;
    const plain = await openFrame(key, iv, sealed, frameContext(header, index, last));
    if (!plain) throw new ArchiveError(index === 0 ? 'wrong-passphrase' : 'damaged');
    const { meta, body } = splitFrame(plain);
    if ((meta?.kind === 'end') !== last || (meta?.kind === 'start') !== (index === 0))
      throw new ArchiveError('damaged');
    if (index === 0) continue;
    if (last) return;
    yield { meta, data: body };
  }
}
