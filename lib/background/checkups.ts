import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { speakChosenLanguage } from './language';
import { openIdbStorage } from '../storage/idb-storage';
import { DB_NAME } from '../storage/schema';
import { CHECKUP_TEST_ALARM, fireCheckUpAlarmSoon } from './checkup-test-seam';
import { readPlainSettings } from './plain-settings';

/** The one alarm Lockstep sets: when the next check-up is due. */
export const CHECKUP_ALARM = 'checkup';
/** The dot the toolbar shows when a check-up is due: no word, no number, no account. */
export const DUE_DOT = '\u2022';

/** A page asks the background to read the check-up settings again (after a write). */
export interface CheckUpRefresh {
  readonly type: 'checkup-refresh';
}

interface CheckUpTimes {
  readonly dueAt: number | null;
  readonly dot: boolean;
  /** The person's notification text, or null when notifications are off. */
  readonly notify: string | null;
}

/** Reads the due time from the plain settings, readable while the plan is locked. */
async function readTimes(): Promise<CheckUpTimes> {
  // Never create the database just to read a setting (after "erase everything", say).
  const names = (await indexedDB.databases()).map((db) => db.name);
  if (!names.includes(DB_NAME)) return { dueAt: null, dot: false, notify: null };
  const storage = await openIdbStorage();
  try {
    const settings = await storage.loadSettings();
    return {
      dueAt: settings.checkUpDueAt,
      dot: settings.checkUpDot,
      notify: settings.checkUpNotify ? settings.checkUpNotifyText : null,
    };
  } finally {
    storage.close();
  }
}

async function setDot(show: boolean): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ text: show ? DUE_DOT : '' });
  if (show) await action.setBadgeBackgroundColor({ color: '#5b5b66' });
}

/**
 * A system notification with the person's own text (or the neutral default), never an account
 * name. Only when they turned it on, and only while the optional permission is granted.
 */
async function notify(text: string): Promise<void> {
  if (!browser.notifications) return;
  // In discreet mode the plain sheet, as on the toolbar (the system still names the sender).
  const settings = await readPlainSettings().catch(() => undefined);
  const discreet = settings?.discreet;
  speakChosenLanguage(settings?.language);
  await browser.notifications.create(CHECKUP_ALARM, {
    type: 'basic',
    iconUrl: browser.runtime.getURL(discreet ? '/icon-neutral/128.png' : '/icon/128.png'),
    title: text.trim() || t('checkup_notify_default'),
    message: '',
  });
}

/**
 * Sets the alarm and the dot from the stored due time. Alarms do not reliably survive a
 * restart (Firefox keeps none), so this runs at every background start, not only at install.
 * `fromAlarm`: the alarm fired, so a notification is shown if the person turned them on.
 */
export async function applyCheckUpTimes(
  now: number = Date.now(),
  fromAlarm = false,
): Promise<void> {
  const { dueAt, dot, notify: text } = await readTimes();
  const due = dueAt !== null && now >= dueAt;
  // `alarms` is optional: asked for when the person chooses a rhythm.
  if (browser.alarms) {
    await browser.alarms.clear(CHECKUP_ALARM);
    if (dueAt !== null && !due) await browser.alarms.create(CHECKUP_ALARM, { when: dueAt });
  }
  await setDot(due && dot);
  if (due && fromAlarm && text !== null) await notify(text);
}

/** Wires the alarm, the start-up and the pages' refresh requests. */
export function keepCheckUpReminder(): void {
  const apply = () => void applyCheckUpTimes().catch(() => undefined);
  let listening = false;
  const listen = () => {
    if (listening || !browser.alarms) return;
    listening = true;
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === CHECKUP_ALARM)
        void applyCheckUpTimes(Date.now(), true).catch(() => undefined);
    });
  };
  listen();
  apply();
  browser.runtime.onStartup.addListener(apply);
  browser.permissions?.onAdded?.addListener(() => {
    listen();
    apply();
  });
  const origin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(origin)) return undefined;
    const type = (message as { type?: unknown } | null)?.type;
    if (import.meta.env.LOCKSTEP_TEST_BUILD && type === CHECKUP_TEST_ALARM)
      return fireCheckUpAlarmSoon(() => applyCheckUpTimes()).then(() => true);
    if (type !== 'checkup-refresh') return undefined;
    return applyCheckUpTimes().then(
      () => true,
      () => false,
    );
  });
}
