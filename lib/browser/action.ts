import { browser } from 'wxt/browser';
import { t } from '../i18n';

/** The plain sheet shown in discreet mode (public/icon-neutral), by size. */
const NEUTRAL_ICON = {
  16: '/icon-neutral/16.png',
  32: '/icon-neutral/32.png',
  48: '/icon-neutral/48.png',
  128: '/icon-neutral/128.png',
};

/** Lockstep's own icon, as its manifest names it. */
function ownIcon(): Record<string, string> {
  const icons = browser.runtime.getManifest().icons ?? {};
  return Object.fromEntries(Object.entries(icons).map(([size, path]) => [size, `/${path}`]));
}

/**
 * The toolbar button's tooltip and icon: Lockstep's name and icon, or a neutral name and a plain
 * sheet in discreet mode. Erase and turning discreet mode off bring Lockstep's back.
 */
export async function setToolbarTitle(discreet: boolean): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setTitle({ title: discreet ? t('discreet_title') : t('extName') });
  await action.setIcon({ path: discreet ? NEUTRAL_ICON : ownIcon() });
}
