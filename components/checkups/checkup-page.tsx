import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { turnOff, turnOn } from '@/lib/browser/permissions';
import {
  DEVICES_GROUP,
  RHYTHMS,
  answerItem,
  dueItems,
  groupByAccount,
  isDue,
  nextDueAt,
  openCheckUp,
  remainingItems,
  type DueItem,
  type Rhythm,
} from '@/lib/checkups/due';
import { t, tDynamic } from '@/lib/i18n';
import { lastingHolds } from '@/lib/permissions/holds';
import { stepsFor } from '@/lib/plan/playbook';
import { formatDueDate } from '@/lib/ui/format';
import { valuesOf, type CheckUp, type CheckUpOutcome } from '@/lib/plan/records';
import { usePlanStore } from '../common/store-context';
import { CheckUpHistory } from './checkup-history';
import { deviceDueText } from './device-due';
import { DueRow } from './due-row';
import { NotifySettings } from './notify-settings';
import { StartAgain } from '../start/start-again';

/** Asks the background to set its alarm and dot again from the stored due time. */
export async function refreshReminder(): Promise<void> {
  await browser.runtime.sendMessage({ type: 'checkup-refresh' }).catch(() => undefined);
}

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
  const state = { rhythm: settings.checkUpRhythm, since: settings.checkUpSince };
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

  // The due time is recomputed at every write that moves it, and kept in clear for the dot.
  async function saveDue(rhythm: Rhythm, since: number, list: readonly CheckUp[]) {
    await store.updateSetting('checkUpDueAt', nextDueAt({ rhythm, since }, list, Date.now()));
    await refreshReminder();
  }

  async function chooseRhythm(rhythm: Rhythm) {
    // Asked for first, while the click still counts as the person's own gesture.
    if (rhythm !== 'off') await turnOn('checkup-reminders');
    const since = Date.now();
    await store.updateSetting('checkUpRhythm', rhythm);
    await store.updateSetting('checkUpSince', since);
    await saveDue(rhythm, since, checkUps);
    if (rhythm !== 'off') return;
    // No rhythm, no reminder: the alarm is cleared above, and both permissions go back (unless
    // another feature still holds one).
    if (settings.checkUpNotify) await store.updateSetting('checkUpNotify', false);
    const lasting = lastingHolds(store.settings.peek());
    await turnOff('checkup-reminders', lasting);
    await turnOff('checkup-notifications', lasting);
  }

  async function checkNow() {
    if (open) return;
    await store.saveRecord('check-up', {
      id: crypto.randomUUID(),
      startedAt: Date.now(),
      items: [],
      updatedAt: Date.now(),
    });
  }

  async function answer(item: DueItem, outcome: CheckUpOutcome, found?: string) {
    const current = open ?? {
      id: crypto.randomUUID(),
      startedAt: Date.now(),
      items: [],
      updatedAt: Date.now(),
    };
    const next = answerItem(current, due.items, { key: item.key, outcome, found }, Date.now());
    await store.saveRecord('check-up', next);
    if (next.endedAt !== undefined)
      await saveDue(state.rhythm, state.since, [...checkUps.filter((c) => c.id !== next.id), next]);
  }

  const devices = valuesOf(store.records.value, 'device');
  const deviceText = (id: string) => deviceDueText(devices.find((d) => d.id === id));
  const itemName = (item: DueItem) =>
    item.kind === 'device'
      ? deviceText(item.deviceId).label
      : item.kind === 'step'
        ? tDynamic(`step_${item.stepId}_title`)
        : tDynamic(`checkup_question_${item.question}`);
  const itemHow = (item: DueItem) =>
    item.kind === 'device'
      ? deviceText(item.deviceId).how
      : item.kind === 'step'
        ? tDynamic(`step_${item.stepId}_how`)
        : tDynamic(`checkup_question_${item.question}_how`);
  const history = checkUps
    .filter((c) => c.endedAt !== undefined)
    .sort((a, b) => (b.endedAt ?? 0) - (a.endedAt ?? 0));

  return (
    <section aria-labelledby="checkup-heading">
      <h1 id="checkup-heading">{t('checkup_title')}</h1>
      <p>{t('checkup_intro')}</p>
      <StartAgain />
      <div class="stack">
        <label for="checkup-rhythm">{t('checkup_rhythm_label')}</label>
        <select
          id="checkup-rhythm"
          autocomplete="off"
          value={settings.checkUpRhythm}
          onChange={(e) => void chooseRhythm((e.target as HTMLSelectElement).value as Rhythm)}
        >
          {RHYTHMS.map((r) => (
            <option key={r} value={r}>
              {tDynamic(`checkup_rhythm_${r.replace('-', '_')}`)}
            </option>
          ))}
        </select>
        <label class="check">
          <input
            type="checkbox"
            autocomplete="off"
            checked={settings.checkUpDot}
            onChange={(e) => {
              void store
                .updateSetting('checkUpDot', (e.target as HTMLInputElement).checked)
                .then(refreshReminder);
            }}
          />{' '}
          {t('checkup_dot_label')}
        </label>
      </div>
      {settings.checkUpRhythm !== 'off' && <NotifySettings />}
      <p>
        {settings.checkUpDueAt === null
          ? t('checkup_no_rhythm')
          : t('checkup_next_due', formatDueDate(settings.checkUpDueAt))}
      </p>
      {!open && (
        <button type="button" class="button" onClick={() => void checkNow()}>
          {t('checkup_check_now')}
        </button>
      )}
      {dueNow && (
        <section aria-labelledby="checkup-due-heading">
          <h2 id="checkup-due-heading">{t('checkup_due_heading', String(remaining.length))}</h2>
          {groups.slice(0, shownAccounts).map(([accountId, items], group) => (
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
                    label={itemName(item)}
                    how={itemHow(item)}
                    onAnswer={(outcome, found) => void answer(item, outcome, found)}
                  />
                ))}
              </ul>
            </section>
          ))}
          {groups.length > shownAccounts && (
            <button
              type="button"
              class="button"
              onClick={() => setShownAccounts(shownAccounts + ACCOUNTS_AT_ONCE)}
            >
              {t('checkup_more_accounts', String(groups.length - shownAccounts))}
            </button>
          )}
        </section>
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
