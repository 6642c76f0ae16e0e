import { browser } from 'wxt/browser';
import { setToolbarTitle } from '../browser/action';
import { speakChosenLanguage } from './language';
import { readPlainSettings } from './plain-settings';

/**
 * The toolbar title survives a browser restart in discreet mode: at start-up, read the setting
 * (plain, readable while the plan is locked) and set the neutral title, in the person's
 * language, before anyone looks.
 */
export function keepDiscreetTitle(): void {
  browser.runtime.onStartup.addListener(() => {
    void (async () => {
      const settings = await readPlainSettings();
      speakChosenLanguage(settings?.language);
      if (settings?.discreet) await setToolbarTitle(true);
    })().catch(() => undefined);
  });
}
