import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n';
import type { Account } from '@/lib/plan/types';

interface Props {
  /** The select's id. */
  readonly id: string;
  readonly legend: string;
  readonly hint: string;
  /** The first choice's words: what picking no account means here. */
  readonly noneLabel: string;
  readonly accounts: readonly Account[];
  readonly value: string | undefined;
  readonly onChange: (accountId: string) => void;
  /** A follow-up question shown under the choice. */
  readonly children?: ComponentChildren;
}

/** A look-first question answered by picking another account of the plan (or none). */
export function AccountPickQuestion(props: Props) {
  const { id, accounts } = props;
  return (
    <fieldset class="stack look-question">
      <legend>{props.legend}</legend>
      <p class="hint">{props.hint}</p>
      <label for={id}>{t('look_pick_account')}</label>
      <select
        id={id}
        autocomplete="off"
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        <option value="">{props.noneLabel}</option>
        {accounts.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      {props.children}
    </fieldset>
  );
}
