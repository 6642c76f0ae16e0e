import { browser } from 'wxt/browser';
import { t } from '../i18n';

/** The toolbar button's tooltip: Lockstep's name, or a neutral one in discreet mode. */
export async function setToolbarTitle(discreet: boolean): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setTitle({ title: discreet ? t('discreet_title') : t('extName') });
}
