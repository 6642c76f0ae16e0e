import type { Settings } from '../plan/types';
import type { StorageContext } from './held-key';
import { readPlain } from './plain-stores';
import { isSealedSetting } from './sealed-settings';
import { sealSettingsCopy } from './settings-seal';
import type { PlanData } from './plan-storage';
import { write } from './write';

/**
 * Settings: kept in the plain settings store and readable while locked (quick exit and auto-lock
 * need them), except the local help line, which is part of the plan and sealed with it.
 */

/** Every setting, read from the plain store (damaged ones fall back to their defaults). */
export async function loadSettings({ db }: StorageContext): Promise<Settings> {
  return (await readPlain(await db())).settings;
}

/** Stores one setting; the local help line goes where the plan is (plain or sealed). */
export async function putSetting<K extends keyof Settings>(
  context: StorageContext,
  settingKey: K,
  value: Settings[K],
): Promise<void> {
  if (settingKey === 'localHelpLine') {
    const line = value as PlanData['localHelpLine'];
    return write(context, {
      plain: (tx) => tx.objectStore('settings').put({ key: settingKey, value }),
      sealed: (data) => ({ ...data, localHelpLine: line }),
    });
  }
  await (await context.db()).put('settings', { key: settingKey, value });
  // Unlocked: the sealed copy follows, so only a change made outside shows after the next unlock.
  if (isSealedSetting(settingKey)) await sealSettingsCopy(context);
}
