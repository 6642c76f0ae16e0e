import { browserLanguage, t } from '@/lib/i18n';
import { keepChoice } from '@/lib/i18n-choice';
import { availableLanguages, currentLanguage, chooseLanguage } from '@/lib/i18n-language';
import { ownName } from '@/lib/i18n-languages';
import { usePlanStore } from './store-context';

interface PickerProps {
  readonly id: string;
  /** Keeps the choice as the plain `language` setting, once the page speaks it. */
  readonly onKeep: (language: string) => Promise<unknown>;
}

/**
 * The language picker (issue 29): on the first page, in Safety and your data, on the lock
 * screen and in the locked popup. Shown only once Lockstep speaks a second language. Each
 * language is named in its own words, so a person who cannot read the current one still finds
 * theirs. It needs no plan store: the short popup keeps the setting its own way.
 */
export function LanguagePicker({ id, onKeep }: PickerProps) {
  const languages = availableLanguages();
  if (languages.length < 2) return null;
  const choose = async (language: string) => {
    keepChoice(language);
    await chooseLanguage(language, browserLanguage());
    await onKeep(language);
  };
  return (
    <div class="stack language-choice">
      <label for={id}>{t('language_label')}</label>
      <select
        id={id}
        autocomplete="off"
        aria-describedby={`${id}-hint`}
        value={currentLanguage() ?? 'en'}
        onChange={(e) => void choose(e.currentTarget.value)}
      >
        {languages.map((tag) => (
          <option key={tag} value={tag} lang={tag}>
            {ownName(tag)}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} class="muted">
        {t('language_hint')}
      </p>
    </div>
  );
}

/** The picker on a page with the plan store: the choice is kept as one of its settings. */
export function LanguageChoice({ id }: { readonly id: string }) {
  const store = usePlanStore();
  return (
    <LanguagePicker id={id} onKeep={(language) => store.updateSetting('language', language)} />
  );
}
