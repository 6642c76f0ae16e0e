import type { DeviceRecord } from '@/lib/device/device-record';
import { DEVICES_GROUP, type DueItem } from '@/lib/checkups/due';
import { t, tDynamic } from '@/lib/i18n';
import type { CheckUpOutcome } from '@/lib/plan/records';
import type { Account } from '@/lib/plan/types';
import { deviceDueText } from './device-due';
import { DueRow } from './due-row';

interface Props {
  /** The items left to answer, by account. */
  readonly groups: readonly (readonly [string, readonly DueItem[]])[];
  /** How many items are left in all. */
  readonly remaining: number;
  /** How many accounts are on screen. */
  readonly shown: number;
  readonly names: ReadonlyMap<string, Account>;
  /** The plan's device records: each is asked about again, first (issue 30). */
  readonly devices: readonly DeviceRecord[];
  readonly onMore: () => void;
  readonly onAnswer: (item: DueItem, outcome: CheckUpOutcome, found?: string) => void;
}

const itemText = (item: DueItem, devices: readonly DeviceRecord[]) => {
  if (item.kind === 'device') return deviceDueText(devices.find((d) => d.id === item.deviceId));
  const key = item.kind === 'step' ? `step_${item.stepId}` : `checkup_question_${item.question}`;
  return {
    label: tDynamic(item.kind === 'step' ? `${key}_title` : key),
    how: tDynamic(`${key}_how`),
  };
};

/** What is due to check again, a few accounts at a time, each item with its answers. */
export function DueList({ groups, remaining, shown, names, devices, onMore, onAnswer }: Props) {
  return (
    <section aria-labelledby="checkup-due-heading">
      <h2 id="checkup-due-heading">{t('checkup_due_heading', String(remaining))}</h2>
      {groups.slice(0, shown).map(([accountId, items], group) => (
        <section
          key={accountId}
          class="checkup-account"
          aria-labelledby={`checkup-account-${group}`}
        >
          <h3 id={`checkup-account-${group}`}>
            {accountId === DEVICES_GROUP
              ? t('checkup_devices_heading')
              : (names.get(accountId)?.name ?? '')}
          </h3>
          <ul class="checkup-items">
            {items.map((item, i) => (
              <DueRow
                key={item.key}
                id={`checkup-item-${group}-${i}`}
                {...itemText(item, devices)}
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
