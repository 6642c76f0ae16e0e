import type { DueItem } from '@/lib/checkups/due';
import { t, tDynamic } from '@/lib/i18n';
import type { CheckUpOutcome } from '@/lib/plan/records';
import type { Account } from '@/lib/plan/types';
import { DueRow } from './due-row';

interface Props {
  /** The items left to answer, by account. */
  readonly groups: readonly (readonly [string, readonly DueItem[]])[];
  /** How many items are left in all. */
  readonly remaining: number;
  /** How many accounts are on screen. */
  readonly shown: number;
  readonly names: ReadonlyMap<string, Account>;
  readonly onMore: () => void;
  readonly onAnswer: (item: DueItem, outcome: CheckUpOutcome, found?: string) => void;
}

const itemName = (item: DueItem) =>
  item.kind === 'step'
    ? tDynamic(`step_${item.stepId}_title`)
    : tDynamic(`checkup_question_${item.question}`);
const itemHow = (item: DueItem) =>
  item.kind === 'step'
    ? tDynamic(`step_${item.stepId}_how`)
    : tDynamic(`checkup_question_${item.question}_how`);

/** What is due to check again, a few accounts at a time, each item with its answers. */
export function DueList({ groups, remaining, shown, names, onMore, onAnswer }: Props) {
  return (
    <section aria-labelledby="checkup-due-heading">
      <h2 id="checkup-due-heading">{t('checkup_due_heading', String(remaining))}</h2>
      {groups.slice(0, shown).map(([accountId, items], group) => (
        <section
          key={accountId}
          class="checkup-account"
          aria-labelledby={`checkup-account-${group}`}
        >
          <h3 id={`checkup-account-${group}`}>{names.get(accountId)?.name ?? ''}</h3>
          <ul class="checkup-items">
            {items.map((item, i) => (
              <DueRow
                key={item.key}
                id={`checkup-item-${group}-${i}`}
                label={itemName(item)}
                how={itemHow(item)}
                onAnswer={(outcome, found) => onAnswer(item, outcome, found)}
              />
            ))}
          </ul>
        </section>
      ))}
      {groups.length > shown && (
        <button type="button" class="button" onClick={onMore}>
          {t('checkup_more_accounts', String(groups.length - shown))}
        </button>
      )}
    </section>
  );
}
