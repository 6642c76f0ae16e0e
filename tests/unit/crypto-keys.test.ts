import { afterEach, describe, expect, it, vi } from 'vitest';
import { deriveKeys } from '@/lib/crypto/keys';
import { newKdfParams, seal, unseal, WrongKeyError } from '@/lib/crypto/seal';

const cheap = newKdfParams(1_000);

afterEach(() => vi.restoreAllMocks());

describe('keys derived once', () => {
  it('runs PBKDF2 once, then splits separate keys with HKDF', async () => {
    const deriveBits = vi.spyOn(crypto.subtle, 'deriveBits');
    const keys = await deriveKeys('pass phrase', cheap);
    const algorithms = deriveBits.mock.calls.map(([params]) => (params as { name: string }).name);
    expect(algorithms.filter((name) => name === 'PBKDF2')).toHaveLength(1);
    expect(keys.data.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    expect(keys.mac.algorithm).toMatchObject({ name: 'HMAC' });
    expect([keys.data.extractable, keys.mac.extractable]).toEqual([false, false]);
  });

  it('gives the same key check for the same passphrase and settings, another for others', async () => {
    const a = await deriveKeys('pass phrase', cheap);
    expect((await deriveKeys('pass phrase', cheap)).check).toBe(a.check);
    expect((await deriveKeys('pass phrasE', cheap)).check).not.toBe(a.check);
    expect((await deriveKeys('pass phrase', newKdfParams(1_000))).check).not.toBe(a.check);
  });

  it('keeps the data key apart from the key check and the MAC key', async () => {
    const a = await deriveKeys('pass phrase', cheap);
    const b = await deriveKeys('pass phrase', cheap);
    const sealed = await seal(a.data, 'the plan', 'ctx');
    expect(await unseal(b.data, sealed, 'ctx')).toBe('the plan');
    // The check value is not the data key: sealing with it as a raw key gives nothing back.
    const asKey = await crypto.subtle.importKey(
      'raw',
      Uint8Array.from(atob(a.check), (c) => c.charCodeAt(0)),
      'AES-GCM',
      false,
      ['decrypt'],
    );
    await expect(unseal(asKey, sealed, 'ctx')).rejects.toBeInstanceOf(WrongKeyError);
    const tag = await crypto.subtle.sign('HMAC', a.mac, new TextEncoder().encode('event'));
    expect(await crypto.subtle.verify('HMAC', b.mac, tag, new TextEncoder().encode('event'))).toBe(
      true,
    );
  });
});
