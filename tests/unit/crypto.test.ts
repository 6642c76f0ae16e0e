import { describe, expect, it } from 'vitest';
import {
  deriveKey,
  fromBase64,
  MIN_ITERATIONS,
  newKdfParams,
  seal,
  toBase64,
  unseal,
  WrongKeyError,
} from '@/lib/crypto/seal';

// One real derivation at the production cost; the rest use a cheap one to keep the suite fast.
const cheap = newKdfParams(1_000);

describe('passphrase sealing', () => {
  it('derives with PBKDF2-SHA-256 at no fewer than 600,000 iterations by default', async () => {
    const params = newKdfParams();
    expect(params.algorithm).toBe('PBKDF2-SHA-256');
    expect(params.iterations).toBeGreaterThanOrEqual(600_000);
    expect(MIN_ITERATIONS).toBe(600_000);
    expect(fromBase64(params.salt)).toHaveLength(16);
    expect(newKdfParams().salt).not.toBe(params.salt);
    const key = await deriveKey('correct horse battery staple', params);
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
  });

  it('round-trips text, with a fresh nonce every time', async () => {
    const key = await deriveKey('pass phrase', cheap);
    const a = await seal(key, 'Gmail · ✓ 日本', 'ctx');
    const b = await seal(key, 'Gmail · ✓ 日本', 'ctx');
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toContain('Gmail');
    expect(await unseal(key, a, 'ctx')).toBe('Gmail · ✓ 日本');
  });

  it('refuses a wrong passphrase, another context, and any flipped bit', async () => {
    const key = await deriveKey('pass phrase', cheap);
    const sealed = await seal(key, 'the plan', 'ctx');
    const wrong = await deriveKey('pass phrasE', cheap);
    await expect(unseal(wrong, sealed, 'ctx')).rejects.toBeInstanceOf(WrongKeyError);
    await expect(unseal(key, sealed, 'other')).rejects.toBeInstanceOf(WrongKeyError);
    const bytes = fromBase64(sealed.data);
    for (const index of [0, Math.floor(bytes.length / 2), bytes.length - 1]) {
      const flipped = bytes.slice();
      flipped[index] = (flipped[index] ?? 0) ^ 0x01;
      await expect(
        unseal(key, { ...sealed, data: toBase64(flipped) }, 'ctx'),
      ).rejects.toBeInstanceOf(WrongKeyError);
    }
    await expect(unseal(key, { ...sealed, data: '%%%' }, 'ctx')).rejects.toBeInstanceOf(
      WrongKeyError,
    );
  });
});
