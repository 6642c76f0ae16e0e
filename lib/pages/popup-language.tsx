import type { ComponentChildren } from 'preact';
import { LanguagePicker } from '@/components/common/language-choice';
import { connect } from '../storage/database';
import { DB_NAME } from '../storage/schema';
import { followLanguage } from './follow-language';

/**
 * The short popup's way to keep a language chosen on its locked note (it loads no plan store):
 * the plain `language` setting, which is readable while the plan is locked, written as the
 * store's `updateSetting` writes it (lib/storage/settings.ts). Pages follow through the choice's
 * mirror in page storage (lib/i18n-choice.ts); the background reads the setting.
 */
export async function keepLanguageSetting(language: string, name = DB_NAME): Promise<void> {
  const connection = connect(name, () => undefined);
  try {
    await (await connection.db()).put('settings', { key: 'language', value: language });
  } finally {
    connection.close();
  }
}

/**
 * The locked popup's language control, loaded after its first paint (it is not part of the
 * popup's first download): the popup redraws in the chosen language and renames the toolbar.
 */
export function languageSlot(redraw: () => void, discreet: boolean): ComponentChildren {
  followLanguage(redraw, () => discreet);
  return <LanguagePicker id="popup-language" onKeep={keepLanguageSetting} />;
}
