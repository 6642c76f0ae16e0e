import type { PlanData } from '../storage/plan-storage';

/**
 * A session's plan for the hand-over: the start's answers ("Where you are now") stay in the
 * session unless the person chose to keep the first questions' answers too.
 */
export function withStartIf(data: PlanData, chosen: boolean): PlanData {
  return chosen ? data : { ...data, records: data.records.filter((r) => r.type !== 'start') };
}
