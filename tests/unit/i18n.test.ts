import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resolveMessage } from '@/lib/i18n-messages';
import { resolveEnglish } from '../fixtures/fake-i18n';

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

describe('text from Lockstep’s own text files (a language the browser does not give)', () => {
  /** A page whose chunks named `shell` and `plan`, in the fake language xx. */
  async function pageInFake() {
    const catalogue = await import('@/lib/i18n-catalogue');
    const files: Record<string, Record<string, string>> = {
      'shell.xx': { extName: 'Lokstep (xx)' },
      'plan.xx': { edit_title: 'Editar $1' },
    };
    catalogue.loadTextWith((name, lang) =>
      files[`${name}.${lang}`]
        ? Promise.resolve({ default: files[`${name}.${lang}`] ?? {} })
        : Promise.reject(new Error('no such file')),
    );
    await globalThis.__lockstepText?.(['shell']);
    await globalThis.__lockstepText?.(['plan']);
    await catalogue.textIn('xx');
    return { ...catalogue, ...(await import('@/lib/i18n')) };
  }

  it('resolves from the loaded files, with placeholders as the browser fills them', async () => {
    const { t, ownText } = await pageInFake();
    expect(ownText()).not.toBeNull();
    expect(t('extName')).toBe('Lokstep (xx)');
    expect(t('edit_title', 'Gmail')).toBe('Editar Gmail');
  });

  it('shows the browser’s words, never the key, and says so, for a key no file held', async () => {
    const { t, tDynamic } = await pageInFake();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(t('wipe_done')).toBe(resolveEnglish('wipe_done'));
    expect(t('wipe_done')).not.toBe('wipe_done');
    expect(tDynamic('step_unknown_title')).toBe('step_unknown_title');
    expect(error).toHaveBeenCalledWith('Lockstep: no text loaded for wipe_done');
  });

  it('goes back to the browser’s catalogue when its language is chosen again', async () => {
    const { t, textIn, ownText } = await pageInFake();
    await textIn('');
    expect(ownText()).toBeNull();
    expect(t('extName')).toBe('Lockstep');
  });
});
