import { t } from '@/lib/i18n';
import { PLAN_RUN_BY, type PlanRunBy } from '@/lib/plan/account-choices';

interface Props {
  readonly value: PlanRunBy | undefined;
  readonly onChange: (value: PlanRunBy) => void;
}

const LABELS = {
  me: 'carrier_plan_me',
  them: 'carrier_plan_them',
  'not-sure': 'carrier_plan_not_sure',
} as const;

/** Asked first on a phone-carrier account: whose plan is it? The steps follow the answer. */
export function CarrierChoice({ value, onChange }: Props) {
  return (
    <fieldset class="stack carrier-choice">
      <legend>{t('carrier_plan_legend')}</legend>
      <p class="hint">{t('carrier_plan_hint')}</p>
      <div class="answers">
        {PLAN_RUN_BY.map((choice) => (
          <label key={choice} class="check">
            <input
              autocomplete="off"
              type="radio"
              name="carrier-plan"
              checked={value === choice}
              onChange={() => onChange(choice)}
            />
            {t(LABELS[choice])}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
