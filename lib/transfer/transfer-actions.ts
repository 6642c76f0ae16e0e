import { batch } from '@preact/signals';
import type { StoreCore } from '../state/store-core';
import type { PlanData } from '../storage/plan-storage';

/** The transfer actions: the whole plan read out for export, and swapped in on import. */
export function transferActions(core: StoreCore) {
  const { accounts, accountsById, progressList, records, settings, storage, write } = core;

  /** Swaps the whole plan for another (an import), atomically; the screen follows. */
  async function replacePlan(data: PlanData): Promise<boolean> {
    batch(() => {
      accountsById.value = new Map(data.accounts.map((a) => [a.id, a]));
      progressList.value = data.progress;
      records.value = data.records;
      settings.value = { ...settings.value, localHelpLine: data.localHelpLine };
    });
    return write(() => storage.replacePlan(data));
  }

  /** The plan as it stands, for export. */
  const planData = (): PlanData => ({
    accounts: accounts.value,
    progress: progressList.value,
    records: records.value,
    localHelpLine: settings.value.localHelpLine,
  });

  return { replacePlan, planData };
}
