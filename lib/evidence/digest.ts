/**
 * Digests for the evidence log, with WebCrypto only (in pages and in Node): SHA-256 of bytes and
 * text, and HMAC-SHA-256 with the lock's MAC key. Lowercase hex, as `sha256sum` prints it.
 */

const toHex = (buffer: ArrayBuffer): string =>
  Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

const utf8 = (text: string) => new TextEncoder().encode(text);

/** SHA-256 of raw bytes, hex. */
export async function sha256Bytes(bytes: BufferSource): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', bytes));
}

/** SHA-256 of text (UTF-8), hex. */
export const sha256Text = (text: string): Promise<string> => sha256Bytes(utf8(text));

/** HMAC-SHA-256 of text under `key`, hex. */
export async function hmacText(key: CryptoKey, text: string): Promise<string> {
  return toHex(await crypto.subtle.sign('HMAC', key, utf8(text)));
}
