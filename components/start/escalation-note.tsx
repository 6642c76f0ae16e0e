import { useContext } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { StepSpec } from '@/lib/plan/step-spec';
import { accessRemovedYet } from '@/lib/start/escalation';
import { StoreContext } from '../common/store-context';

/**
 * Before the first change that removes their access: cutting it off can make them angry or
 * more dangerous, and an advocate can help plan that moment (lib/start/escalation.ts).
 */
export function EscalationNote({ step }: { readonly step: StepSpec }) {
  const store = useContext(StoreContext);
  if (!step.effects.includes('removes-access')) return null;
  if (store && accessRemovedYet(store.accounts.value, store.progress.value)) return null;
  return <span class="escalation"> {t('start_escalation')}</span>;
}
