import type { AccountChoices } from '@/lib/plan/account-choices';
import { usePlanStore } from '../common/store-context';

type Patch = Partial<Omit<AccountChoices, 'accountId' | 'updatedAt'>>;

/** One account's choices (whose phone plan, the sitting's ready answer) and a way to change them. */
export function useAccountChoices(accountId: string) {
  const store = usePlanStore();
  const choices = store.choices.value.get(accountId);
  /** Saves with the plan (sealed by the lock); false when the write failed. */
  const update = (patch: Patch) =>
    store.saveRecord('account-choices', {
      ...choices,
      ...patch,
      accountId,
      updatedAt: Date.now(),
    });
  return { choices, update };
}
