import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { StepProgress, StepStatus } from '@/lib/plan/types';
import { formatDate } from '@/lib/ui/format';

interface Props {
  readonly title: string;
  readonly decision: StepProgress | undefined;
  /** A step of the one sitting: no "skip", and a "Stop here" that says what to finish first. */
  readonly inSitting: boolean;
  /** For a sitting step: the step numbers to finish before stopping (empty: stop now). */
  readonly least: readonly number[];
  readonly onSet: (status: StepStatus | 'todo') => void;
}

const DONE_KEYS = {
  done: 'stepui_marked_done',
  skipped: 'stepui_marked_skipped',
  na: 'stepui_marked_na',
} as const;

/** A step's buttons, or its mark with the date and an undo. Old "skipped" marks show as they were. */
export function StepActions({ title, decision, inSitting, least, onSet }: Props) {
  const [stopping, setStopping] = useState(false);
  if (decision) {
    return (
      <div class="step-actions">
        <p role="status">{t(DONE_KEYS[decision.status], formatDate(decision.at))}</p>
        <button
          type="button"
          onClick={() => onSet('todo')}
          aria-label={t('stepui_undo_label', title)}
        >
          {t('stepui_undo')}
        </button>
      </div>
    );
  }
  return (
    <>
      <div class="step-actions" role="group" aria-label={t('stepui_actions_label', title)}>
        <button type="button" class="primary" onClick={() => onSet('done')}>
          {t('stepui_mark_done')}
        </button>
        {!inSitting && (
          <button type="button" onClick={() => onSet('skipped')}>
            {t('stepui_mark_skipped')}
          </button>
        )}
        <button type="button" onClick={() => onSet('na')}>
          {t('stepui_mark_na')}
        </button>
        {inSitting && (
          <button type="button" aria-expanded={stopping} onClick={() => setStopping(!stopping)}>
            {t('stepui_stop')}
          </button>
        )}
      </div>
      {stopping && (
        <p class="notice" role="status">
          {least.length > 0
            ? t('stepui_stop_least', least.map((n) => t('stepui_number', String(n))).join(', '))
            : t('stepui_stop_free')}{' '}
          {t('stepui_stop_kept')}
        </p>
      )}
    </>
  );
}
