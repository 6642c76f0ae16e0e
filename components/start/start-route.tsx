import { useState } from 'preact/hooks';
import { valuesOf } from '@/lib/plan/records';
import { toKept, type StartDraft } from '@/lib/start/answers';
import type { PageProps } from '../common/page-registry';
import { usePlanStore } from '../common/store-context';
import { StartPage } from './start-page';
import { unkeptLiving } from './unkept';

/**
 * The start's page, wired to the plan: the answers are kept as one record of the plan (sealed
 * with it; in a session, kept in the session), then the plan opens with its three things.
 */
export function StartRoute({ router }: PageProps) {
  const store = usePlanStore();
  const [problem, setProblem] = useState(false);
  const kept = valuesOf(store.records.value, 'start')[0] ?? null;

  const keep = async (draft: StartDraft) => {
    const ok = await store.saveRecord('start', toKept(draft, Date.now()));
    setProblem(!ok);
    if (!ok) return;
    // Not kept: held in this tab's memory only, for the three things.
    unkeptLiving.value =
      draft.living === 'planning' && !draft.keepPlanning ? 'planning' : undefined;
    // The plan's list follows the answers at once, so its next step and the three things agree.
    if (store.accounts.value.length > 1) await store.resetOrder();
    router.go({ name: 'plan' });
  };
  // Skipping the first time keeps empty answers, so the plan stops offering the questions.
  const skip = () =>
    kept ? router.go({ name: 'plan' }) : void keep({ worries: [], knows: [], keepPlanning: false });

  return (
    <StartPage
      kept={kept}
      unkept={unkeptLiving.value}
      inSession={store.mode === 'session'}
      problem={problem}
      onSave={(draft) => void keep(draft)}
      onSkip={skip}
    />
  );
}
