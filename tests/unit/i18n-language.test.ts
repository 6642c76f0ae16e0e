import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resolveEnglish } from '../fixtures/fake-i18n';

// Lockstep ships English and (say) Spanish; a fake third language exists only in this test.
vi.mock('virtual:lockstep/languages', () => ({
  shipped: ['en', 'es'],
  languages: ['en', 'es', 'en-XA'],
}));

/** The page's one chunk of text (what lib/build/i18n-page-text.ts writes), by language. */
async function onePageChunk(): Promise<void> {
  const english = resolveEnglish('welcome_title');
  const files: Record<string, Record<string, string>> = {
    en: { welcome_title: english },
    es: { welcome_title: 'Bienvenida (es)' },
    'en-XA': { welcome_title: '[Ŵéļçöɱé]' },
  };
  const { loadTextWith, needText } = await import('@/lib/i18n-catalogue');
  loadTextWith((_name, lang) => Promise.resolve({ default: files[lang] ?? {} }));
  await needText('page');
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

/** A Spanish browser: browser.i18n gives the Spanish catalogue. */
function spanishBrowser(): void {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('es-US');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) =>
    key === 'welcome_title' ? 'Bienvenida (navegador)' : resolveEnglish(key),
  );
}

describe('the text follows the person’s choice', () => {
  it('speaks English on a Spanish browser when English was chosen', async () => {
    spanishBrowser();
    const { t, uiLanguage } = await import('@/lib/i18n');
    const { chooseLanguage } = await import('@/lib/i18n-language');
    await onePageChunk();
    expect(t('welcome_title')).toBe('Bienvenida (navegador)');
    expect(await chooseLanguage('en', 'es-US')).toBe('en');
    expect(t('welcome_title')).toBe(resolveEnglish('welcome_title'));
    expect(uiLanguage()).toBe('en');
  });

  it('uses the browser’s catalogue when it gives the chosen language (nothing loads)', async () => {
    spanishBrowser();
    const { t } = await import('@/lib/i18n');
    const { chooseLanguage } = await import('@/lib/i18n-language');
    const { ownText } = await import('@/lib/i18n-catalogue');
    await onePageChunk();
    await chooseLanguage('', 'es-US');
    expect(ownText()).toBeNull();
    expect(t('welcome_title')).toBe('Bienvenida (navegador)');
  });

  it('loads a language the browser does not give, with the browser’s text where it has none', async () => {
    const { t } = await import('@/lib/i18n');
    const { chooseLanguage, onLanguageChange } = await import('@/lib/i18n-language');
    await onePageChunk();
    const heard: string[] = [];
    onLanguageChange((language) => heard.push(language));
    await chooseLanguage('en-XA', 'en-US');
    expect(t('welcome_title')).toBe('[Ŵéļçöɱé]');
    expect(t('extName')).toBe('Lockstep');
    expect(heard).toEqual(['en-XA']);
  });

  it('counts with the chosen language’s plural rules', async () => {
    const { tCount, isOne } = await import('@/lib/ui/plural');
    expect(tCount('lock_idle_minutes', 1)).toBe(resolveEnglish('lock_idle_minutes_one'));
    expect(tCount('lock_idle_minutes', 5)).toBe(resolveEnglish('lock_idle_minutes', '5'));
    expect(isOne(0)).toBe(false);
  });
});
