import { t } from '@/lib/i18n';
import type { StepSpec } from '@/lib/plan/playbook';
import type { StepText } from '@/lib/ui/step-text';
import { StepSiteInfo } from './step-site-info';
import { StepVendorHow } from './step-vendor-how';
import { StepWarning } from './step-warning';

interface Props {
  readonly id: string;
  readonly step: StepSpec;
  readonly text: StepText;
  /** Still to do: a step that may be noticed says so first. */
  readonly todo: boolean;
  /** False while the step is folded: the region stays (its toggle points at it), empty. */
  readonly shown: boolean;
  readonly site: string;
  readonly passwordHref?: string;
}

/**
 * A step's content: the warning first when it may be noticed (before the how-to and links, so the
 * person reads it before acting), then why it matters, how to do it, and its links.
 */
export function StepBody({ id, step, text, todo, shown, site, passwordHref }: Props) {
  return (
    <div id={id}>
      {shown && (
        <>
          {step.noticeable && todo && <StepWarning step={step} site={site} />}
          <p>{text.why}</p>
          <p class="step-how">{text.how}</p>
          <StepVendorHow step={step} site={site} />
          {step.role === 'change-password' && passwordHref && (
            <p>
              <a class="button" href={passwordHref}>
                {t('pw_open_tools')}
              </a>
            </p>
          )}
          {step.role && site && <StepSiteInfo step={step} site={site} />}
        </>
      )}
    </div>
  );
}
