import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

// A second language, injected for this test only (the shipped build has English alone here).
vi.mock('virtual:lockstep/languages', () => ({ shipped: ['en'], languages: ['en', 'es'] }));

afterEach(() => {
  localStorage.clear();
});

describe('the language control', () => {
  it('lists each language by its own name, and the choice changes the words and is kept', async () => {
    const { LanguageChoice } = await import('@/components/common/language-choice');
    const { chooseLanguage } = await import('@/lib/i18n-language');
    const { loadTextWith, needText } = await import('@/lib/i18n-catalogue');
    loadTextWith(() => Promise.resolve({ default: { language_label: 'Idioma' } }));
    await needText('page');
    await chooseLanguage('', 'en-US');
    const store = await freshStore();
    renderWithStore(store, <LanguageChoice id="test-language" />);
    const select = screen.getByLabelText('Language');
    expect([...(select as HTMLSelectElement).options].map((o) => o.text)).toEqual([
      'English',
      'Español',
    ]);
    fireEvent.change(select, { target: { value: 'es' } });
    await vi.waitFor(() => expect(store.settings.value.language).toBe('es'));
    expect(localStorage.getItem('lockstep-language')).toBe('es');
    expect(document.documentElement.lang).toBe('es');
    const { t } = await import('@/lib/i18n');
    expect(t('language_label')).toBe('Idioma');
  });

  it('spells the English passphrase letter by letter outside English', async () => {
    const { LanguageSpelled } = await import('@/components/common/language-spelled');
    const { speak } = await import('@/lib/i18n-language');
    speak('es', null);
    render(<LanguageSpelled words="maple orbit" />);
    expect(screen.getByText('maple: m-a-p-l-e')).not.toBeNull();
    expect(screen.getByText('orbit: o-r-b-i-t')).not.toBeNull();
  });
});
