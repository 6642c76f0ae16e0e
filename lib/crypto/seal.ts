/**
 * Passphrase encryption for the lock and for encrypted exports: AES-GCM 256 with a key derived
 * by PBKDF2-SHA-256 (WebCrypto only). Keys are never extractable and never stored.
 */

import { ChangedDataError, WrongKeyError } from './errors';

export { ChangedDataError, WrongKeyError };

/**
 * OWASP's 2023 floor for PBKDF2-HMAC-SHA-256: the least accepted from an existing vault's or
 * file's key settings (files asking for less are refused), so every older export still opens.
 */
export const MIN_ITERATIONS = 600_000;
/**
 * The count for every new key (a new lock, a passphrase change, the re-wrap at unlock, a sealed
 * export): 2.5 times the floor. Measured for the whole derivation (PBKDF2, then HKDF) in Node
 * 20's WebCrypto on a shared 2-core box: 0.3 s (load 9) to 0.7 s (load 12), where 600,000 took
 * 0.12 to 0.26 s. Browsers are slower (600,000 take about 0.5 s), so this aims at about 1.25 s:
 * measure Chromium and Firefox before raising it.
 */
export const NEW_KEY_ITERATIONS = 1_500_000;
/**
 * Stored or imported key settings asking for more are refused before deriving: ten times the
 * floor already takes about five seconds, and a tampered value could freeze the page for hours.
 */
export const MAX_ITERATIONS = 10 * MIN_ITERATIONS;
export const KDF_ALGORITHM = 'PBKDF2-SHA-256';
const SALT_BYTES = 16;
const IV_BYTES = 12;

/** How a key is derived from a passphrase; stored beside what it protects (not secret). */
export interface KdfParams {
  readonly algorithm: typeof KDF_ALGORITHM;
  readonly iterations: number;
  /** base64 */
  readonly salt: string;
}

/** Ciphertext with its nonce, base64. The GCM tag is part of `data`. */
export interface Sealed {
  readonly iv: string;
  readonly data: string;
}

/** Fresh key settings: a new random salt, and the count for new keys unless told. */
export function newKdfParams(iterations = NEW_KEY_ITERATIONS): KdfParams {
  return {
    algorithm: KDF_ALGORITHM,
    iterations,
    salt: toBase64(crypto.getRandomValues(new Uint8Array(SALT_BYTES))),
  };
}

/**
 * Derives a non-extractable AES-GCM 256 key straight from PBKDF2: sealed files, and vaults
 * sealed before `v: 3` (lib/crypto/keys.ts derives the split keys newer vaults use).
 */
export async function deriveKey(passphrase: string, params: KdfParams): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    {
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: params.iterations,
      salt: fromBase64(params.salt),
    },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Encrypts text under a fresh random nonce. `context` is bound in (additional data). */
export async function seal(key: CryptoKey, text: string, context = ''): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(context) },
    key,
    new TextEncoder().encode(text),
  );
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** Decrypts what `seal` made; throws WrongKeyError if the key or any bit is wrong. */
export async function unseal(key: CryptoKey, sealed: Sealed, context = ''): Promise<string> {
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: fromBase64(sealed.iv),
        additionalData: new TextEncoder().encode(context),
      },
      key,
      fromBase64(sealed.data),
    );
  } catch {
    throw new WrongKeyError();
  }
  return new TextDecoder().decode(plain);
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** Throws WrongKeyError on text that is not base64 (a damaged file or record). */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new WrongKeyError();
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
