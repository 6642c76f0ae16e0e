/**
 * The lock's keys, derived once: one slow PBKDF2 run per unlock, then HKDF splits its output
 * into separate keys for separate jobs, so no key ever does two: the data key (AES-GCM), a
 * key-check value (stored beside the vault: it tells a wrong passphrase from changed data),
 * and a MAC key (HMAC-SHA-256, for the evidence log's chain). None is extractable or stored,
 * except the check value, which reveals nothing the sealed data does not already let one test.
 */

import { fromBase64, toBase64, type KdfParams } from './seal';

/** The keys one passphrase gives for one set of key settings. */
export interface LockKeys {
  /** AES-GCM 256: seals and opens the plan. */
  readonly data: CryptoKey;
  /** base64 of 32 bytes: the same passphrase and settings always give the same value. */
  readonly check: string;
  /** HMAC-SHA-256: signs the evidence log's chain. */
  readonly mac: CryptoKey;
}

/** HKDF `info` labels: each names one job, so the keys are independent. */
const INFO = {
  data: 'lockstep v3 data key',
  check: 'lockstep v3 key check',
  mac: 'lockstep v3 evidence mac',
} as const;

const label = (text: string) => new TextEncoder().encode(text);

/** PBKDF2 once (slow on purpose), then three HKDF-SHA-256 expansions (fast). */
export async function deriveKeys(passphrase: string, params: KdfParams): Promise<LockKeys> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const root = await crypto.subtle.deriveBits(
    {
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: params.iterations,
      salt: fromBase64(params.salt),
    },
    material,
    256,
  );
  const hkdf = await crypto.subtle.importKey('raw', root, 'HKDF', false, [
    'deriveKey',
    'deriveBits',
  ]);
  const expand = (info: string) =>
    ({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: label(info) }) as const;
  const [data, check, mac] = await Promise.all([
    crypto.subtle.deriveKey(expand(INFO.data), hkdf, { name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]),
    crypto.subtle.deriveBits(expand(INFO.check), hkdf, 256),
    crypto.subtle.deriveKey(expand(INFO.mac), hkdf, { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]),
  ]);
  return { data, check: toBase64(new Uint8Array(check)), mac };
}
