import { useEffect, useState } from 'preact/hooks';
import { valuesOf } from '@/lib/plan/records';
import type { StartAnswers } from '@/lib/start/answers';
import type { StartPlan } from '@/lib/start/start-plan';
import type { PlanStore } from '@/lib/state/plan-store';
import { unkeptLiving } from './unkept';

type Logic = typeof import('@/lib/start/start-plan');

/** The start's answers: the kept record, with "planning to leave" from memory when not kept. */
export function startAnswers(store: PlanStore): StartAnswers | null {
  const kept = valuesOf(store.records.value, 'start')[0] ?? null;
  const unkept = unkeptLiving.value;
  return kept && unkept && kept.living === undefined ? { ...kept, living: unkept } : kept;
}

/**
 * The start's order and three things for the plan as it is, or null while the logic loads (the
 * graph is not in the plan's first download) or when not `wanted`.
 */
export function useStartPlan(store: PlanStore, wanted: boolean): StartPlan | null {
  const [logic, setLogic] = useState<Logic | null>(null);
  useEffect(() => {
    // Loaded only once the start is answered: before, the card only offers the questions.
    if (!wanted || logic) return;
    let live = true;
    void import('@/lib/start/start-plan').then((loaded) => live && setLogic(loaded));
    return () => {
      live = false;
    };
  }, [wanted]);
  if (!logic) return null;
  return logic.startPlan(
    store.accounts.value,
    valuesOf(store.records.value, 'assessment'),
    valuesOf(store.records.value, 'phone-line'),
    { answers: startAnswers(store) },
    valuesOf(store.records.value, 'device'),
  );
}
