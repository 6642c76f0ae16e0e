import { useState } from 'preact/hooks';
import { dueItems, groupByAccount, isDue, openCheckUp, remainingItems } from '@/lib/checkups/due';
import { t } from '@/lib/i18n';
import { stepsFor } from '@/lib/plan/playbook';
import { formatDueDate } from '@/lib/ui/format';
import { valuesOf } from '@/lib/plan/records';
import { usePlanStore } from '../common/store-context';
import { CheckUpHistory } from './checkup-history';
import { DueList } from './due-list';
import { NotifySettings } from './notify-settings';
import { RhythmSettings } from './rhythm-settings';
import { useCheckUpActions } from './use-checkup-actions';
import { StartAgain } from '../start/start-again';

/**
 * Accounts shown at once: a check-up is done in parts, and a long plan's hundreds of items would
 * be too much to take in (and slow to draw). Answered accounts leave, and the next ones come in.
 */
const ACCOUNTS_AT_ONCE = 10;

/** Check-ups: the rhythm, what is due to check again, and the history. */
export function CheckUpPage() {
  const store = usePlanStore();
  const settings = store.settings.value;
  const checkUps = valuesOf(store.records.value, 'check-up');
  const now = Date.now();
  const due = dueItems({
    accounts: store.accounts.value,
    decisions: valuesOf(store.records.value, 'decision'),
    assessments: valuesOf(store.records.value, 'assessment'),
    statusOf: (accountId, stepId) => store.progress.value.get(accountId)?.get(stepId)?.status,
    stepsFor,
    devices: valuesOf(store.records.value, 'device'),
  });
  const open = openCheckUp(checkUps);
  const remaining = remainingItems(due.items, open);
  const groups = groupByAccount(remaining);
  const [shownAccounts, setShownAccounts] = useState(ACCOUNTS_AT_ONCE);
  const names = store.accountsById.value;
  const dueNow = isDue(settings.checkUpDueAt, now) || open !== undefined;
  const actions = useCheckUpActions({ checkUps, open, items: due.items });
  const history = checkUps
    .filter((c) => c.endedAt !== undefined)
    .sort((a, b) => (b.endedAt ?? 0) - (a.endedAt ?? 0));

  return (
    <section aria-labelledby="checkup-heading">
      <h1 id="checkup-heading">{t('checkup_title')}</h1>
      <p>{t('checkup_intro')}</p>
      <StartAgain />
      <RhythmSettings onRhythm={(rhythm) => void actions.chooseRhythm(rhythm)} />
      {settings.checkUpRhythm !== 'off' && <NotifySettings />}
      <p>
        {settings.checkUpDueAt === null
          ? t('checkup_no_rhythm')
          : t('checkup_next_due', formatDueDate(settings.checkUpDueAt))}
      </p>
      {!open && (
        <button type="button" class="button" onClick={() => void actions.checkNow()}>
          {t('checkup_check_now')}
        </button>
      )}
      {dueNow && (
        <DueList
          groups={groups}
          remaining={remaining.length}
          shown={shownAccounts}
          names={names}
          devices={valuesOf(store.records.value, 'device')}
          onMore={() => setShownAccounts(shownAccounts + ACCOUNTS_AT_ONCE)}
          onAnswer={(item, outcome, found) => void actions.answer(item, outcome, found)}
        />
      )}
      {due.later.length > 0 && (
        <section aria-labelledby="checkup-later-heading">
          <h2 id="checkup-later-heading">{t('checkup_later_heading')}</h2>
          <ul>
            {due.later.map((id) => (
              <li key={id}>{names.get(id)?.name}</li>
            ))}
          </ul>
        </section>
      )}
      <CheckUpHistory history={history} />
    </section>
  );
}
