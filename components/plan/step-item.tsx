import { t } from '@/lib/i18n';
import type { StepSpec } from '@/lib/plan/playbook';
import type { StepProgress, StepStatus } from '@/lib/plan/types';
import { formatDate } from '@/lib/ui/format';
import { statusLabel } from '@/lib/ui/labels';
import { stepText } from '@/lib/ui/step-text';
import { StepSiteInfo } from './step-site-info';

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
}

const DONE_KEYS = {
  done: 'stepui_marked_done',
  skipped: 'stepui_marked_skipped',
  na: 'stepui_marked_na',
} as const;

/**
 * One step: why it matters, how to do it, a note if it belongs to the one sitting, a warning if
 * it may be noticed, and its status.
 */
export function StepItem({
  step,
  number,
  decision,
  isNext,
  arrive = false,
  onSet,
  site = '',
  passwordHref,
}: Props) {
  const text = stepText(step);
  const headingId = `step-${step.id}`;
  const status = decision?.status ?? 'todo';
  return (
    <li
      class={`step step-${status}${isNext ? ' step-next' : ''}`}
      aria-labelledby={headingId}
      {...(arrive && { 'data-arrive': '', tabIndex: -1 })}
    >
      <h2 id={headingId}>
        <span class="step-number">{t('stepui_number', String(number))}</span> {text.title}
      </h2>
      <p class="step-status">
        <span class={`badge ${status}`}>{statusLabel(status)}</span>
        {isNext && <span class="badge next">{t('stepui_is_next')}</span>}
        {step.recurring && <span class="muted"> {t('stepui_recurring')}</span>}
      </p>
      {step.sitting && (
        <p class="sitting-note">
          <strong>{t('stepui_sitting_title')}</strong> {t('stepui_sitting_body')}
        </p>
      )}
      <p>{text.why}</p>
      <p class="step-how">{text.how}</p>
      {step.role === 'change-password' && passwordHref && (
        <p>
          <a class="button" href={passwordHref}>
            {t('pw_open_tools')}
          </a>
        </p>
      )}
      {step.role && site && <StepSiteInfo step={step} site={site} />}
      {step.noticeable && status === 'todo' && (
        <p class="warning" role="note">
          <strong>{t('stepui_noticeable_title')}</strong> {t('stepui_noticeable_body')}
        </p>
      )}
      {decision ? (
        <div class="step-actions">
          <p role="status">{t(DONE_KEYS[decision.status], formatDate(decision.at))}</p>
          <button
            type="button"
            onClick={() => onSet('todo')}
            aria-label={t('stepui_undo_label', text.title)}
          >
            {t('stepui_undo')}
          </button>
        </div>
      ) : (
        <div class="step-actions" role="group" aria-label={t('stepui_actions_label', text.title)}>
          <button type="button" class="primary" onClick={() => onSet('done')}>
            {t('stepui_mark_done')}
          </button>
          <button type="button" onClick={() => onSet('skipped')}>
            {t('stepui_mark_skipped')}
          </button>
          <button type="button" onClick={() => onSet('na')}>
            {t('stepui_mark_na')}
          </button>
        </div>
      )}
    </li>
  );
}
