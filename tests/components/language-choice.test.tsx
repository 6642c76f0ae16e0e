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

  it('is on the locked popup too, which keeps the choice while the plan stays sealed', async () => {
    const { GlancePopup } = await import('@/lib/pages/popup-glance');
    const { languageSlot } = await import('@/lib/pages/popup-language');
    const { readGlance } = await import('@/lib/pages/popup-glance-data');
    const { openIdbStorage } = await import('@/lib/storage/idb-storage');
    const { chooseLanguage } = await import('@/lib/i18n-language');
    await chooseLanguage('', 'en-US');
    const storage = await openIdbStorage({ iterations: 1_000 });
    await storage.setPassphrase('correct horse battery staple');
    storage.close();
    const none = () => undefined;
    const popup = (sealed: boolean) => (
      <GlancePopup
        discreet={false}
        sealed={sealed}
        openElsewhere={false}
        onOpen={none}
        onQuickExit={none}
        onCapture={none}
        language={languageSlot(none, false)}
      />
    );
    const open = render(popup(false));
    expect(screen.queryByLabelText('Language')).toBeNull();
    open.unmount();
    render(popup(true));
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'es' } });
    await vi.waitFor(async () =>
      expect((await readGlance({ area: null }))?.settings.language).toBe('es'),
    );
    expect((await readGlance({ area: null }))?.sealed).toBe(true);
    expect(localStorage.getItem('lockstep-language')).toBe('es');
    expect(document.documentElement.lang).toBe('es');
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
