import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { StepSpec } from '@/lib/plan/playbook';
import type { StepProgress, StepStatus } from '@/lib/plan/types';
import { statusLabel } from '@/lib/ui/labels';
import { stepText } from '@/lib/ui/step-text';
import { StepActions } from './step-actions';
import { StepBody } from './step-body';

interface Props {
  readonly step: StepSpec;
  readonly number: number;
  readonly decision: StepProgress | undefined;
  readonly isNext: boolean;
  /** The step the page works on (the next one): open whole, with no way to fold it. */
  readonly current?: boolean;
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
 * One step, one at a time: the step the page works on (or the one arrived at) is open whole; a
 * later step to do is one row (its title, "May alert them" if it may be noticed, "Open this
 * step"); a finished one is its mark. Opened, each shows as the next step does: the warning
 * first, then why it matters, how to do it, its links and its buttons.
 */
export function StepItem(props: Props) {
  const { step, number, decision, isNext, site = '', passwordHref } = props;
  const text = stepText(step);
  const headingId = `step-${step.id}`;
  const bodyId = `${headingId}-body`;
  const status = decision?.status ?? 'todo';
  // Opened on request; a new mark folds it again (it remembers the mark it was opened at).
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === status;
  const always = !decision && Boolean(props.current || props.arrive);
  const shown = always || open;
  const row = !decision && !shown;
  const fold = row ? ' step-row' : decision && !open ? ' step-folded' : '';
  const toggle = !always && (
    <button
      type="button"
      class="link"
      aria-expanded={open}
      aria-controls={bodyId}
      aria-describedby={headingId}
      onClick={() => setOpenAt(open ? null : status)}
    >
      {t(open ? 'stepui_fold' : decision ? 'stepui_unfold' : 'stepui_open')}
    </button>
  );
  return (
    <li
      class={`step step-${status}${isNext ? ' step-next' : ''}${fold}`}
      aria-labelledby={headingId}
      {...(props.arrive && { 'data-arrive': '', tabIndex: -1 })}
    >
      {shown && props.before}
      <h2 id={headingId} tabIndex={-1}>
        <span class="step-number">{t('stepui_number', String(number))}</span> {text.title}
      </h2>
      <p class="step-status">
        {!row && <span class={`badge ${status}`}>{statusLabel(status)}</span>}
        {isNext && <span class="badge next">{t('stepui_is_next')}</span>}
        {step.sitting && <span class="badge sitting">{t('stepui_in_sitting')}</span>}
        {row && step.noticeable && <span class="badge alert">{t('stepui_may_alert')}</span>}
        {!row && step.recurring && <span class="muted"> {t('stepui_recurring')}</span>}
        {!decision && toggle}
      </p>
      {decision && <p>{toggle}</p>}
      <StepBody
        id={bodyId}
        step={step}
        text={text}
        todo={!decision}
        shown={shown}
        site={site}
        passwordHref={passwordHref}
      />
      {row ? null : props.locked && !decision ? (
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
