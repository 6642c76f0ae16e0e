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

describe('text from Lockstep’s own catalogue chunks', () => {
  it('resolves from the loaded chunks, in the chosen language, English where none', async () => {
    const catalogue = await import('@/lib/i18n-catalogue');
    const { t, tDynamic } = await import('@/lib/i18n');
    const english = { default: { extName: { message: 'Lockstep' } } };
    const fake = { default: { extName: { message: 'Lokstep (xx)' } } };
    catalogue.setMessageLanguage('xx');
    await catalogue.loadMessages('shell', {
      en: () => Promise.resolve(english),
      xx: () => Promise.resolve(fake),
    });
    await catalogue.loadMessages('plan', {
      en: () => Promise.resolve({ default: { edit_title: { message: 'Edit $1' } } }),
    });
    expect(t('extName')).toBe('Lokstep (xx)');
    expect(t('edit_title', 'Gmail')).toBe('Edit Gmail');
    expect(tDynamic('step_unknown_title')).toBe('step_unknown_title');
  });

  it('says so in the console when a page shows a key whose chunk it did not load', async () => {
    const catalogue = await import('@/lib/i18n-catalogue');
    const { t } = await import('@/lib/i18n');
    catalogue.addMessages({ extName: { message: 'Lockstep' } });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(t('wipe_done')).toBe('wipe_done');
    expect(error).toHaveBeenCalledWith('Lockstep: no text loaded for wipe_done');
  });
});
