import { turnOff, turnOn } from '@/lib/browser/permissions';
import { answerItem, nextDueAt, type DueItem, type Rhythm } from '@/lib/checkups/due';
import { lastingHolds } from '@/lib/permissions/holds';
import type { CheckUp, CheckUpOutcome } from '@/lib/plan/records';
import { usePlanStore } from '../common/store-context';
import { refreshReminder } from './refresh-reminder';

interface Current {
  /** Every check-up stored. */
  readonly checkUps: readonly CheckUp[];
  /** The check-up under way, if any. */
  readonly open: CheckUp | undefined;
  /** Every item due now (answering one may end the check-up). */
  readonly items: readonly DueItem[];
}

/** What the check-up page does: choose a rhythm, start a check-up now, answer an item. */
export function useCheckUpActions({ checkUps, open, items }: Current) {
  const store = usePlanStore();
  const settings = store.settings.value;

  // The due time is recomputed at every write that moves it, and kept in clear for the dot.
  async function saveDue(rhythm: Rhythm, since: number, list: readonly CheckUp[]) {
    await store.updateSetting('checkUpDueAt', nextDueAt({ rhythm, since }, list, Date.now()));
    await refreshReminder();
  }

  async function chooseRhythm(rhythm: Rhythm) {
    // Asked for first, while the click still counts as the person's own gesture.
    if (rhythm !== 'off') await turnOn('checkup-reminders');
    const since = Date.now();
    await store.updateSetting('checkUpRhythm', rhythm);
    await store.updateSetting('checkUpSince', since);
    await saveDue(rhythm, since, checkUps);
    if (rhythm !== 'off') return;
    // No rhythm, no reminder: the alarm is cleared above, and both permissions go back (unless
    // another feature still holds one).
    if (settings.checkUpNotify) await store.updateSetting('checkUpNotify', false);
    const lasting = lastingHolds(store.settings.peek());
    await turnOff('checkup-reminders', lasting);
    await turnOff('checkup-notifications', lasting);
  }

  async function checkNow() {
    if (open) return;
    await store.saveRecord('check-up', {
      id: crypto.randomUUID(),
      startedAt: Date.now(),
      items: [],
      updatedAt: Date.now(),
    });
  }

  async function answer(item: DueItem, outcome: CheckUpOutcome, found?: string) {
    const current = open ?? {
      id: crypto.randomUUID(),
      startedAt: Date.now(),
      items: [],
      updatedAt: Date.now(),
    };
    const next = answerItem(current, items, { key: item.key, outcome, found }, Date.now());
    await store.saveRecord('check-up', next);
    if (next.endedAt !== undefined) {
      const list = [...checkUps.filter((c) => c.id !== next.id), next];
      await saveDue(settings.checkUpRhythm, settings.checkUpSince, list);
    }
  }

  return { chooseRhythm, checkNow, answer };
}
