import { readIntake, type Intake } from '../advocate/intake';
import type { Settings } from '../plan/types';
import { DEFAULT_SETTINGS } from '../plan/types';
import { openIdbStorage } from './idb-storage';
import type { PlanData, PlanStorage, Snapshot } from './plan-storage';
import * as edits from './session-edits';
import { forgetSession, INTAKE_KEY, SESSION_KEY, type SessionArea } from './session-key';
import { toSessionState, type SessionState } from './session-state';

export { browserSessionArea, INTAKE_KEY, SESSION_KEY, type SessionArea } from './session-key';
export type { SessionState } from './session-state';

/**
 * An advocate session's plan, kept in `storage.session`: memory only, shared by the session's
 * tabs, kept across a reload, gone when the browser closes. Never IndexedDB. This module and
 * session-key.ts are the only ones that touch the session's keys in `storage.session`; the one
 * other key there is the permission owner's (lib/browser/permissions.ts: which reviews of "This
 * browser" are running).
 * https://developer.chrome.com/docs/extensions/reference/api/storage#property-session
 * https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/storage/session
 */

/** The running session, or null (none, or what is stored cannot be read). */
export async function readSession(area: SessionArea): Promise<SessionState | null> {
  const raw = (await area.get(SESSION_KEY))[SESSION_KEY];
  return toSessionState(raw);
}

/** Starts a session holding `data` (a copy of the saved plan, or nothing). */
export async function startSession(
  area: SessionArea,
  data: PlanData,
  settings: Settings,
  now: number = Date.now(),
): Promise<void> {
  const state: SessionState = {
    startedAt: now,
    accounts: data.accounts,
    progress: data.progress,
    records: data.records,
    settings: { ...settings, localHelpLine: data.localHelpLine },
  };
  // A new session starts with no answers, whatever an earlier one left.
  await area.remove(INTAKE_KEY);
  await area.set({ [SESSION_KEY]: state });
}

export async function loadIntake(area: SessionArea): Promise<Intake> {
  return readIntake((await area.get(INTAKE_KEY))[INTAKE_KEY]);
}

export async function saveIntake(area: SessionArea, intake: Intake): Promise<void> {
  await area.set({ [INTAKE_KEY]: intake });
}

/**
 * The saved plan (IndexedDB), opened beside the running session so that its end can keep the
 * session's work (lib/advocate/session-end.ts). Locked if the saved plan is. Rejects where the
 * browser refuses IndexedDB.
 */
export const openSavedPlan = (): Promise<PlanStorage> => openIdbStorage();

/**
 * Ends the session: its plan and its intake are removed from the browser's memory. Whatever of
 * its work the person chose to keep was written to the saved plan before.
 */
export async function endSession(area: SessionArea): Promise<void> {
  await forgetSession(area);
}

/** The session's plan as PlanStorage. Every write rewrites the one stored value. */
export function createSessionStorage(area: SessionArea): PlanStorage {
  let queue: Promise<unknown> = Promise.resolve();
  // Once closed (quick exit), no write may put back what was removed.
  let closed = false;
  const current = async (): Promise<SessionState> => {
    const state = await readSession(area);
    if (!state) throw new Error('The session has ended.');
    return state;
  };
  // One write at a time, each reading what the last one wrote.
  const change = (edit: (state: SessionState) => SessionState): Promise<void> => {
    const run = queue.then(async () => {
      const next = edit(await current());
      if (closed) throw new Error('The session has ended.');
      await area.set({ [SESSION_KEY]: next });
    });
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    mode: 'session',
    load: async (): Promise<Snapshot> => {
      const state = await current();
      return { ...state, skipped: 0 };
    },
    loadSettings: async () => (await readSession(area))?.settings ?? DEFAULT_SETTINGS,
    putAccounts: (list) => change(edits.putAccounts(list)),
    deleteAccount: (id) => change(edits.deleteAccount(id)),
    putProgress: (p, also) => change(edits.putProgress(p, also)),
    deleteProgress: (accountId, stepId, also) =>
      change(edits.deleteProgress(accountId, stepId, also)),
    putRecords: (list) => change(edits.putRecords(list)),
    deleteRecords: (keys, also) => change(edits.deleteRecords(keys, also)),
    putSetting: (name, value) => change(edits.putSetting(name, value)),
    replacePlan: (data) => change(edits.replacePlan(data)),
    // The session's plan lives in memory and ends with the browser: there is nothing to seal.
    lockState: () => 'none',
    unlock: () => Promise.resolve(),
    checkPassphrase: () => Promise.resolve(false),
    lock: () => undefined,
    setPassphrase: () => Promise.reject(new Error('A session keeps nothing to lock.')),
    removeLock: () => Promise.resolve(),
    close: () => {
      closed = true;
    },
  };
}
