import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n';
import type { StepStatus } from '@/lib/plan/types';
import { formatDate } from '@/lib/ui/format';
import { statusLabel } from '@/lib/ui/labels';

interface Props {
  /** The heading's id, unique on the page; the item is labelled by it. */
  readonly headingId: string;
  /** The heading's level: a device's own steps sit one level below the guided checks. */
  readonly level: 'h3' | 'h4';
  readonly number: number;
  readonly title: string;
  readonly mark: { readonly status: StepStatus; readonly at: number } | undefined;
  readonly onMark: (status: StepStatus | null) => void;
  /** What the step says between its status and its marks. */
  readonly children: ComponentChildren;
}

const MARKED_KEYS = {
  done: 'stepui_marked_done',
  skipped: 'stepui_marked_skipped',
  na: 'stepui_marked_na',
} as const;

/** One numbered step with its status and its marks (done, skipped, does not apply, or undo). */
export function MarkedStepItem({ headingId, level, number, title, mark, onMark, children }: Props) {
  const Heading = level;
  const status = mark?.status ?? 'todo';
  return (
    <li class={`step step-${status}`} aria-labelledby={headingId}>
      <Heading id={headingId}>
        <span class="step-number">{t('device_check_number', String(number))}</span> {title}
      </Heading>
      <p class="step-status">
        <span class={`badge ${status}`}>{statusLabel(status)}</span>
      </p>
      {children}
      {mark ? (
        <div class="step-actions">
          <p role="status">{t(MARKED_KEYS[mark.status], formatDate(mark.at))}</p>
          <button
            type="button"
            onClick={() => onMark(null)}
            aria-label={t('stepui_undo_label', title)}
          >
            {t('stepui_undo')}
          </button>
        </div>
      ) : (
        <div class="step-actions" role="group" aria-label={t('stepui_actions_label', title)}>
          <button type="button" class="primary" onClick={() => onMark('done')}>
            {t('stepui_mark_done')}
          </button>
          <button type="button" onClick={() => onMark('skipped')}>
            {t('stepui_mark_skipped')}
          </button>
          <button type="button" onClick={() => onMark('na')}>
            {t('stepui_mark_na')}
          </button>
        </div>
      )}
    </li>
  );
}
