import type { StoreCore } from '../state/store-core';
import type { Settings } from './types';

/** The settings action: changes one setting (lock, quick exit, check-ups, help line…). */
export function settingActions({ settings, storage, write }: StoreCore) {
  async function updateSetting<K extends keyof Settings>(key: K, value: Settings[K]) {
    settings.value = { ...settings.value, [key]: value };
    return write(() => storage.putSetting(key, value));
  }

  return { updateSetting };
}
