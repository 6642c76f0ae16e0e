import { t } from '@/lib/i18n';
import { currentLanguage } from '@/lib/i18n-language';
import { spellOut } from '@/lib/i18n-languages';

/**
 * English words (the hand-over passphrase, from the EFF word list) for a person who reads
 * another language: each word spelled out letter by letter. Nothing in English.
 */
export function LanguageSpelled({ words }: { readonly words: string }) {
  const language = currentLanguage() ?? 'en';
  if (language.split('-')[0] === 'en') return null;
  return (
    <>
      <p>{t('session_handover_spelled')}</p>
      <ol class="session-spelled" lang="en">
        {words.split(/\s+/).map((word, i) => (
          <li key={`${i}-${word}`}>
            {word}: {spellOut(word)}
          </li>
        ))}
      </ol>
    </>
  );
}
