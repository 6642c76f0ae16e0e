import { setToolbarTitle } from '../browser/action';
import { appName, browserLanguage } from '../i18n';
import { onChoiceElsewhere } from '../i18n-choice';
import { chooseLanguage, onLanguageChange } from '../i18n-language';

/**
 * A page follows a change of language at once, made here or in another Lockstep page: it draws
 * itself again in the new words, and renames its tab and the toolbar button.
 */
export function followLanguage(redraw: () => void, discreet: () => boolean): void {
  onLanguageChange(() => {
    redraw();
    document.title = appName(discreet());
    void setToolbarTitle(discreet()).catch(() => undefined);
  });
  onChoiceElsewhere((language) => void chooseLanguage(language, browserLanguage()));
}
