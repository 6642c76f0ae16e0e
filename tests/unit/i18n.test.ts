import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resolveMessage } from '@/lib/i18n-messages';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('i18n', () => {
  it('resolves named placeholders and positional substitutions like the browser', () => {
    const catalogue = {
      greet: { message: 'Edit $NAME$ ($$1)', placeholders: { name: { content: '$1' } } },
    };
    expect(resolveMessage(catalogue, 'greet', 'Gmail')).toBe('Edit Gmail ($1)');
    expect(resolveMessage(catalogue, 'missing')).toBe('');
  });

  it('falls back to the bundled English catalogue when the browser returns nothing', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    const { ensureMessages, t } = await import('@/lib/i18n');
    expect(t('extName')).toBe('extName');
    await ensureMessages();
    expect(t('extName')).toBe('Lockstep');
    expect(t('edit_title', 'Gmail')).toBe('Edit Gmail');
  });
});
