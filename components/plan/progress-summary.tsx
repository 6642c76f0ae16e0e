import { t } from '@/lib/i18n';
import { percent, type Progress } from '@/lib/plan/progress';

interface Props {
  readonly progress: Progress;
  /** Names what is measured, e.g. "Your plan" or an account's name. */
  readonly label: string;
}

/** A native progress bar with the figures in words (never colour alone). */
export function ProgressSummary({ progress, label }: Props) {
  const value = percent(progress);
  const text = t('progress_steps', [
    String(progress.finished),
    String(progress.total),
    String(value),
  ]);
  return (
    <div class="progress-summary">
      <progress max={100} value={value} aria-label={label} aria-valuetext={text} />
      <p class="progress-text">
        {text}
        {progress.skipped > 0 && ` ${t('progress_skipped', String(progress.skipped))}`}
      </p>
    </div>
  );
}
