import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { StepSpec } from '@/lib/plan/playbook';
import type { StepProgress, StepStatus } from '@/lib/plan/types';
import { statusLabel } from '@/lib/ui/labels';
import { stepText } from '@/lib/ui/step-text';
import { StepActions } from './step-actions';
import { StepSiteInfo } from './step-site-info';
import { StepVendorHow } from './step-vendor-how';
import { StepWarning } from './step-warning';

interface Props {
  readonly step: StepSpec;
  readonly number: number;
  readonly decision: StepProgress | undefined;
  readonly isNext: boolean;
  /** Brought into view and focused when the page opens (the dashboard looks for it). */
  readonly arrive?: boolean;
  readonly onSet: (status: StepStatus | 'todo') => void;
  /** The account's site: steps with a role get the bundled data for it. */
  readonly site?: string;
  /** Where the password checker and generator for this account are. */
  readonly passwordHref?: string;
  /** For a sitting step: the step numbers to finish before stopping. */
  readonly least?: readonly number[];
  /** A sitting step before the person said they are ready: no buttons yet. */
  readonly locked?: boolean;
  /** Shown first inside the step ("Ready before you start" on the sitting's first step). */
  readonly before?: ComponentChildren;
}

/**
 * One step: a mark if it belongs to the one sitting, a warning if it may be noticed (before the
 * how-to and links, so the person reads it before acting), why it matters, how to do it, and
 * its status.
 */
export function StepItem(props: Props) {
  const { step, number, decision, isNext, arrive = false, site = '', passwordHref } = props;
  const text = stepText(step);
  const headingId = `step-${step.id}`;
  const status = decision?.status ?? 'todo';
  // A finished step folds to its title and mark; the person can open it again.
  const [open, setOpen] = useState(false);
  const folded = Boolean(decision) && !open;
  return (
    <li
      class={`step step-${status}${isNext ? ' step-next' : ''}`}
      aria-labelledby={headingId}
      {...(arrive && { 'data-arrive': '', tabIndex: -1 })}
    >
      {props.before}
      <h2 id={headingId}>
        <span class="step-number">{t('stepui_number', String(number))}</span> {text.title}
      </h2>
      <p class="step-status">
        <span class={`badge ${status}`}>{statusLabel(status)}</span>
        {isNext && <span class="badge next">{t('stepui_is_next')}</span>}
        {step.sitting && <span class="badge sitting">{t('stepui_in_sitting')}</span>}
        {step.recurring && <span class="muted"> {t('stepui_recurring')}</span>}
      </p>
      {decision && (
        <p>
          <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
            {t(open ? 'stepui_fold' : 'stepui_unfold')}
          </button>
        </p>
      )}
      {step.noticeable && status === 'todo' && <StepWarning step={step} site={site} />}
      {!folded && (
        <>
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
      {props.locked && !decision ? (
        <p class="muted">{t('stepui_sitting_locked')}</p>
      ) : (
        <StepActions
          title={text.title}
          decision={decision}
          inSitting={Boolean(step.sitting)}
          least={props.least ?? []}
          onSet={props.onSet}
        />
      )}
    </li>
  );
}
