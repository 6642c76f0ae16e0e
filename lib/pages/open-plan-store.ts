import { openChangeChannel } from '../storage/change-channel';
import { openStorage } from '../storage/open-storage';
import type { StorageEvent } from '../storage/plan-storage';
import { createPlanStore, type PlanStore } from '../state/plan-store';

/**
 * Opens storage (IndexedDB, or memory where refused), loads the plan, and keeps it in step
 * with other open Lockstep pages. `onBlockedAtStart` runs if an old Lockstep tab holds up the
 * first open, so the page can say what to do instead of staying blank.
 */
export async function openPlanStore(onBlockedAtStart: () => void): Promise<PlanStore> {
  const holder: { store?: PlanStore } = {};
  const onEvent = (event: StorageEvent) => {
    const { store } = holder;
    if (!store) {
      if (event.type === 'blocked') onBlockedAtStart();
      return;
    }
    if (event.type === 'blocked') store.raiseNotice('blocked');
    if (event.type === 'unblocked') store.dismissNotice('blocked');
    if (event.type === 'version-change') store.raiseNotice('reload-needed');
  };
  const storage = await openStorage({ onEvent });
  const channel = openChangeChannel(() => void holder.store?.reload());
  const store = createPlanStore({ storage, announce: channel.announce });
  holder.store = store;
  await store.reload();
  return store;
}
