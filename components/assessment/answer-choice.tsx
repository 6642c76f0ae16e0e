import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n';
import { type Answer } from '@/lib/plan/records';
import { ANSWERS } from '@/lib/plan/record-choices';
import './look-first.css';

interface Props {
  /** Unique on the page: it names the radio group. */
  readonly name: string;
  readonly legend: string;
  readonly hint?: ComponentChildren;
  readonly value: Answer | undefined;
  readonly onChange: (value: Answer | undefined) => void;
}

const LABELS = {
  yes: 'look_answer_yes',
  no: 'look_answer_no',
  'not-sure': 'look_answer_not_sure',
} as const;

/** One look-first question: yes, no, not sure, or skipped (no answer at all). */
export function AnswerChoice({ name, legend, hint, value, onChange }: Props) {
  return (
    <fieldset class="stack look-question">
      <legend>{legend}</legend>
      {hint && <p class="hint">{hint}</p>}
      <div class="answers">
        {ANSWERS.map((answer) => (
          <label key={answer} class="check">
            <input
              autocomplete="off"
              type="radio"
              name={name}
              checked={value === answer}
              onChange={() => onChange(answer)}
            />
            {t(LABELS[answer])}
          </label>
        ))}
        <label class="check">
          <input
            autocomplete="off"
            type="radio"
            name={name}
            checked={value === undefined}
            onChange={() => onChange(undefined)}
          />
          {t('look_answer_skip')}
        </label>
      </div>
    </fieldset>
  );
}
