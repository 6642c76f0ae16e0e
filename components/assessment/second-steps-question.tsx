import { t, type MessageKey } from '@/lib/i18n';
import { withStep } from '@/lib/assessment/look-draft';
import type { Holder, SecondStep, SecondStepMethod } from '@/lib/plan/records';
import { HOLDERS, SECOND_STEP_METHODS } from '@/lib/plan/record-choices';

const METHOD_LABELS: Readonly<Record<SecondStepMethod, MessageKey>> = {
  'text-or-call': 'look_method_text',
  'authenticator-app': 'look_method_app',
  'sign-in-prompt': 'look_method_prompt',
  'security-key': 'look_method_key',
  passkey: 'look_method_passkey',
  'backup-codes': 'look_method_codes',
  'email-code': 'look_method_email',
};
const HOLDER_LABELS: Readonly<Record<Holder, MessageKey>> = {
  me: 'look_holder_me',
  them: 'look_holder_them',
  both: 'look_holder_both',
  'not-sure': 'look_answer_not_sure',
};

interface Props {
  readonly steps: readonly SecondStep[];
  readonly onChange: (steps: SecondStep[]) => void;
}

/** Which second steps the account has, and who holds each one. */
export function SecondStepsQuestion({ steps, onChange }: Props) {
  const setStep = (method: SecondStepMethod, step: SecondStep | null) =>
    onChange(withStep(steps, method, step));
  return (
    <fieldset class="stack look-question">
      <legend>{t('look_q_second_steps')}</legend>
      <p class="hint">{t('look_q_second_steps_hint')}</p>
      {SECOND_STEP_METHODS.map((method) => {
        const step = steps.find((s) => s.method === method);
        const id = `look-method-${method}`;
        return (
          <div key={method} class="look-method">
            <label class="check" for={id}>
              <input
                id={id}
                autocomplete="off"
                type="checkbox"
                checked={step !== undefined}
                onChange={(e) =>
                  setStep(method, e.currentTarget.checked ? { method, holder: 'not-sure' } : null)
                }
              />
              {t(METHOD_LABELS[method])}
            </label>
            {step && (
              <select
                autocomplete="off"
                aria-label={t('look_holder_label', t(METHOD_LABELS[method]))}
                value={step.holder}
                onChange={(e) =>
                  setStep(method, { ...step, holder: e.currentTarget.value as Holder })
                }
              >
                {HOLDERS.map((h) => (
                  <option key={h} value={h}>
                    {t(HOLDER_LABELS[h])}
                  </option>
                ))}
              </select>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
