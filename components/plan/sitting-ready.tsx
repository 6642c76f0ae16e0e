import { t } from '@/lib/i18n';
import type { StepSpec } from '@/lib/plan/step-spec';
import { sittingMinutes } from '@/lib/plan/sitting';

interface Props {
  readonly steps: readonly StepSpec[];
  /** "Not now" was chosen: the panel shrinks to one line and a way back. */
  readonly later: boolean;
  readonly onReady: () => void;
  readonly onLater: () => void;
}

const POINTS = [
  'sitting_ready_place',
  'sitting_ready_device',
  'sitting_ready_signin',
  'sitting_ready_interrupt',
] as const;

/** "Ready before you start": shown once before the first step of the sitting. */
export function SittingReady({ steps, later, onReady, onLater }: Props) {
  const time = sittingMinutes(steps);
  return (
    <section class="sitting-ready" aria-labelledby="sitting-ready-heading">
      <h3 id="sitting-ready-heading">{t('sitting_ready_title')}</h3>
      {later ? (
        <p>{t('sitting_ready_waiting')}</p>
      ) : (
        <>
          <p class="sitting-note">
            <strong>{t('stepui_sitting_title')}</strong> {t('stepui_sitting_body')}
          </p>
          <p>
            {t('sitting_ready_time', [String(time.low), String(time.high), String(time.steps)])}
          </p>
          {POINTS.map((key) => (
            <p key={key}>{t(key)}</p>
          ))}
        </>
      )}
      <p class="step-actions">
        <button type="button" class="primary" onClick={onReady}>
          {t('sitting_ready_confirm')}
        </button>
        {!later && (
          <button type="button" onClick={onLater}>
            {t('sitting_ready_later')}
          </button>
        )}
      </p>
    </section>
  );
}
