import { t } from '@/lib/i18n';
import { type DecisionChoice } from '@/lib/plan/records';
import { DECISION_CHOICES } from '@/lib/plan/record-choices';

interface Props {
  readonly choice: DecisionChoice | undefined;
  readonly note: string;
  readonly onChoice: (choice: DecisionChoice) => void;
  readonly onNote: (note: string) => void;
}

const LABELS = {
  'change-now': 'decide_change_now',
  later: 'decide_later',
  'leave-it': 'decide_leave_it',
} as const;
const HINTS = {
  'change-now': 'decide_change_now_hint',
  later: 'decide_later_hint',
  'leave-it': 'decide_leave_it_hint',
} as const;

/**
 * After the look: change it now, later (with the person's own note), or leave it as it is.
 * "Leave it" follows survivor guidance: keep using a watched account for everyday things, and
 * make a new, private account from a safer device, with a name that does not identify you;
 * deleting the watched one may make them look for a new one.
 * Sources: https://womensfreedomcenter.net/get-help/internet-technology-safety/ (keep using the
 * monitored computer for everyday things), https://www.help4dv.org/team/brian-chung (new
 * accounts from a safer device, non-identifying names, deleting may raise suspicion).
 */
export function DecisionChoiceFields({ choice, note, onChoice, onNote }: Props) {
  return (
    <fieldset class="stack look-question decision">
      <legend>{t('decide_title')}</legend>
      <p class="hint">{t('decide_intro')}</p>
      {DECISION_CHOICES.map((c) => (
        <label key={c} class="check">
          <input
            autocomplete="off"
            type="radio"
            name="decision"
            checked={choice === c}
            onChange={() => onChoice(c)}
          />
          <strong>{t(LABELS[c])}</strong> <span class="muted">{t(HINTS[c])}</span>
        </label>
      ))}
      {choice === 'later' && (
        <>
          <label for="decision-note">{t('decide_later_note')}</label>
          <textarea
            id="decision-note"
            autocomplete="off"
            maxLength={5000}
            rows={2}
            value={note}
            onInput={(e) => onNote(e.currentTarget.value)}
          />
        </>
      )}
      {choice === 'leave-it' && (
        <div class="card leave-it">
          <h2>{t('leave_title')}</h2>
          <ol>
            <li>{t('leave_step_device')}</li>
            <li>{t('leave_step_new')}</li>
            <li>{t('leave_step_recovery')}</li>
            <li>{t('leave_step_keep_using')}</li>
            <li>{t('leave_step_move')}</li>
          </ol>
          <p class="muted">{t('leave_not_stored')}</p>
        </div>
      )}
    </fieldset>
  );
}
