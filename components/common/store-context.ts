import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PlanStore } from '@/lib/state/plan-store';

export const StoreContext = createContext<PlanStore | null>(null);

/** The plan store the page was mounted with. */
export function usePlanStore(): PlanStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('usePlanStore() needs a <StoreContext.Provider>');
  return store;
}
