import { computed, signal } from '@preact/signals';
import type { StoreCore } from '../state/store-core';

/**
 * The settings that differ from their sealed copy after an unlock (lib/storage/settings-seal.ts),
 * and the person's choice: put the sealed values back, or keep the new ones.
 */
export function settingsSealActions(core: StoreCore) {
  const { storage, accountsById, lockState, state, reload, announce, setNotice } = core;
  const resolved = signal(0);
  // Read after every reload and unlock (each sets a new accounts map), as tamper-actions.ts does.
  const afterReload = () => [accountsById.value, lockState.value, state.value, resolved.value];
  const changes = computed(() => (afterReload(), storage.settingChanges?.() ?? []));

  /** Puts the sealed values back (`put-back`) or seals the clear ones (`keep`); both are stored. */
  async function resolveSettingChanges(choice: 'put-back' | 'keep'): Promise<boolean> {
    try {
      await storage.resolveSettingChanges?.(choice);
    } catch {
      setNotice('save-failed', true);
      return false;
    }
    announce();
    await reload(); // the page under the notice then shows the settings as they are now
    resolved.value++;
    return true;
  }

  return {
    /** Clear settings that differ from the sealed copy (tracked, like `findings`). */
    settingChanges: () => changes.value,
    resolveSettingChanges,
  };
}
