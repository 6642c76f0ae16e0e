import { t } from '@/lib/i18n';
import { LIVING, type StartDraft } from '@/lib/start/answers';
import { LIVING_LABELS } from './labels';
import { PickOne } from './pick-list';

interface Props {
  readonly living: StartDraft['living'];
  readonly keepPlanning: boolean;
  readonly onChange: (next: Partial<StartDraft>) => void;
}

/**
 * "Do you live with them?" and, for "planning to leave", the choice to keep that answer: it is
 * not kept unless ticked, and never shows in the popup, on paper or in a notice.
 */
export function LivingQuestion({ living, keepPlanning, onChange }: Props) {
  return (
    <>
      <PickOne
        name="start-living"
        legend={t('start_q_living')}
        choices={LIVING}
        label={(l) => LIVING_LABELS[l]}
        value={living}
        onChange={(next) => onChange({ living: next })}
        skip="look_answer_skip"
      />
      {living === 'planning' && (
        <div class="stack">
          <label class="check">
            <input
              type="checkbox"
              autocomplete="off"
              checked={keepPlanning}
              onChange={(e) => onChange({ keepPlanning: e.currentTarget.checked })}
            />
            {t('start_keep_planning')}
          </label>
          <p class="hint">{t('start_keep_planning_hint')}</p>
        </div>
      )}
    </>
  );
}
