import { routeHash } from '@/lib/state/route';
import { valuesOf } from '@/lib/plan/records';
import { usePlanStore } from '../common/store-context';
import { useShellText } from '../safety/use-shell-text';

/** Before erasing: when the record has entries, a way to take them along first. */
export function TakeEvidenceFirst() {
  const store = usePlanStore();
  // It sits on the everyday settings page: neutral words in discreet mode.
  const shell = useShellText();
  const entries = valuesOf(store.records.value, 'evidence').filter(
    (e) => e.removedAt === undefined,
  );
  if (entries.length === 0 || !store.evidenceKeepsFiles()) return null;
  return (
    <p class="warning">
      {shell('wipe_take_evidence')}{' '}
      <a href={routeHash({ name: 'evidence-archive' })}>{shell('wipe_take_evidence_link')}</a>
    </p>
  );
}
