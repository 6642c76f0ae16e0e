import { browser } from 'wxt/browser';
import messages, { shipped } from 'virtual:lockstep/background-messages';
import { speak } from '../i18n-language';
import { browserGiven, pickLanguage } from '../i18n-languages';

/**
 * The background speaks the person's language (the plain `language` setting) in the toolbar's
 * name and the check-up notification. It cannot wait for a chunk: its few messages are bundled
 * in every language (lib/build/i18n-languages-plugin.ts).
 */
export function speakChosenLanguage(chosen: string | undefined): void {
  const ui = browser.i18n.getUILanguage();
  const language = pickLanguage(chosen ?? '', ui, Object.keys(messages));
  speak(language, language === browserGiven(ui, shipped) ? null : (messages[language] ?? null));
}
