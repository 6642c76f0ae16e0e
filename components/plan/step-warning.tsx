import { t, tDynamic } from '@/lib/i18n';
import { noticeOf } from '@/lib/plan/notice';
import type { StepSpec } from '@/lib/plan/step-spec';
import { EscalationNote } from '../start/escalation-note';

/** What the other person may see, said before the how-to and links (from the step's effects). */
export function StepWarning({ step, site }: { readonly step: StepSpec; readonly site?: string }) {
  return (
    <p class="warning" role="note">
      <strong>{tDynamic(noticeOf(step, site).key)}</strong> {t('stepui_noticeable_body')}
      <EscalationNote step={step} />
    </p>
  );
}
