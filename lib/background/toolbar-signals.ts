import { browser } from 'wxt/browser';

/** The parts of the browser that show Lockstep's signals outside its pages. */
export interface SignalApis {
  readonly action: { setBadgeText(details: { text: string }): Promise<void> };
  readonly notifications?: {
    getAll(): Promise<Record<string, unknown>>;
    clear(id: string): Promise<boolean>;
  };
}

function browserSignals(): SignalApis {
  return {
    action: browser.action ?? browser.browserAction,
    // Present only while the optional `notifications` permission is granted.
    notifications: browser.notifications,
  };
}

/**
 * Erase's last look outside Lockstep's storage: every notification Lockstep shows is closed (a
 * check-up reminder can sit in the system's list for days), and the toolbar dot is cleared. Runs
 * before the optional permissions are given back: without `notifications`, none can be closed.
 */
export async function clearToolbarSignals(apis: SignalApis = browserSignals()): Promise<void> {
  const shown = await apis.notifications?.getAll().catch(() => ({}));
  await Promise.all(
    Object.keys(shown ?? {}).map((id) => apis.notifications?.clear(id).catch(() => false)),
  );
  await apis.action.setBadgeText({ text: '' });
}
