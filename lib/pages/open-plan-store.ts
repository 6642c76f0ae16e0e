import { openStorage } from '../storage/open-storage';
import type { PlanStorage, StorageEvent } from '../storage/plan-storage';
import { createPlanStore, type PlanStore } from '../state/plan-store';
import { runtimeRelay } from '../browser/page-relay';
import { openPageChannel, type PageChannel, type PageMessage } from './page-channel';

export interface OpenedPlan {
  readonly store: PlanStore;
  readonly storage: PlanStorage;
  readonly channel: PageChannel;
}

/**
 * Opens storage (IndexedDB, or memory where refused), loads the plan, and keeps it in step
 * with other open Lockstep pages. `onBlockedAtStart` runs if an old Lockstep tab holds up the
 * first open, so the page can say what to do instead of staying blank. Messages other than
 * "changed" and "lock" (quick exit, wipe) go to `onPageMessage`.
 */
export async function openPlanStore(
  onBlockedAtStart: () => void,
  onPageMessage: (message: PageMessage, opened: OpenedPlan) => void = () => undefined,
): Promise<OpenedPlan> {
  const holder: { opened?: OpenedPlan } = {};
  const onEvent = (event: StorageEvent) => {
    const store = holder.opened?.store;
    if (!store) {
      if (event.type === 'blocked') onBlockedAtStart();
      return;
    }
    if (event.type === 'blocked') store.raiseNotice('blocked');
    if (event.type === 'unblocked') store.dismissNotice('blocked');
    if (event.type === 'version-change') store.raiseNotice('reload-needed');
  };
  const storage = await openStorage({ onEvent });
  const channel = openPageChannel((message) => {
    const { opened } = holder;
    if (!opened) return;
    if (message === 'changed') void opened.store.reload();
    else if (message === 'lock') void opened.store.lock(false);
    else onPageMessage(message, opened);
  }, runtimeRelay);
  const store = createPlanStore({
    storage,
    announce: () => channel.post('changed'),
    announceLock: () => channel.post('lock'),
  });
  holder.opened = { store, storage, channel };
  await store.reload();
  return holder.opened;
}
