import { readIntake, type Intake } from '../advocate/intake';
import { readRecord } from '../plan/read-records';
import { recordKey, type PlanRecord } from '../plan/records';
import type { Account, Settings, StepProgress } from '../plan/types';
import { DEFAULT_SETTINGS } from '../plan/types';
import { openIdbStorage } from './idb-storage';
import type { PlanData, PlanStorage, Snapshot } from './plan-storage';
import { forgetSession, INTAKE_KEY, SESSION_KEY, type SessionArea } from './session-key';

export { browserSessionArea, INTAKE_KEY, SESSION_KEY, type SessionArea } from './session-key';

/**
 * An advocate session's plan, kept in `storage.session`: memory only, shared by the session's
 * tabs, kept across a reload, gone when the browser closes. Never IndexedDB. This module and
 * session-key.ts are the only ones that touch the session's keys in `storage.session`; the one
 * other key there is the permission owner's (lib/browser/permissions.ts: which reviews of "This
 * browser" are running).
 * https://developer.chrome.com/docs/extensions/reference/api/storage#property-session
 * https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/storage/session
 */

/** Everything a running session holds. */
export interface SessionState {
  readonly startedAt: number;
  readonly accounts: readonly Account[];
  readonly progress: readonly StepProgress[];
  readonly records: readonly PlanRecord[];
  readonly settings: Settings;
}

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
  const withRecords = (list: readonly PlanRecord[], also: readonly PlanRecord[]) => {
    const byKey = new Map(list.map((r) => [recordKey(r), r]));
    for (const record of also) byKey.set(recordKey(record), record);
    return [...byKey.values()];
  };
  const sameStep = (p: StepProgress, accountId: string, stepId: string) =>
    p.accountId === accountId && p.stepId === stepId;

  return {
    mode: 'session',
    load: async (): Promise<Snapshot> => {
      const state = await current();
      return { ...state, skipped: 0 };
    },
    loadSettings: async () => (await readSession(area))?.settings ?? DEFAULT_SETTINGS,
    putAccounts: (list) =>
      change((s) => {
        const ids = new Set(list.map((a) => a.id));
        return { ...s, accounts: [...s.accounts.filter((a) => !ids.has(a.id)), ...list] };
      }),
    deleteAccount: (id) =>
      change((s) => ({
        ...s,
        accounts: s.accounts.filter((a) => a.id !== id),
        progress: s.progress.filter((p) => p.accountId !== id),
        records: s.records.filter((r) => r.accountId !== id),
      })),
    putProgress: (p, also = []) =>
      change((s) => ({
        ...s,
        progress: [...s.progress.filter((q) => !sameStep(q, p.accountId, p.stepId)), p],
        records: withRecords(s.records, also),
      })),
    deleteProgress: (accountId, stepId, also = []) =>
      change((s) => ({
        ...s,
        progress: s.progress.filter((q) => !sameStep(q, accountId, stepId)),
        records: withRecords(s.records, also),
      })),
    putRecords: (list) => change((s) => ({ ...s, records: withRecords(s.records, list) })),
    deleteRecords: (keys) =>
      change((s) => {
        const gone = new Set(keys.map(([type, id]) => `${type}\u0000${id}`));
        return { ...s, records: s.records.filter((r) => !gone.has(recordKey(r))) };
      }),
    putSetting: (name, value) =>
      change((s) => ({ ...s, settings: { ...s.settings, [name]: value } })),
    replacePlan: (data) =>
      change((s) => ({
        ...s,
        accounts: data.accounts,
        progress: data.progress,
        records: data.records,
        settings: { ...s.settings, localHelpLine: data.localHelpLine },
      })),
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

/** Reads a stored session defensively: a damaged record is skipped, never fatal. */
function toSessionState(raw: unknown): SessionState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Partial<Record<keyof SessionState, unknown>>;
  if (typeof value.startedAt !== 'number') return null;
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null;
  return {
    startedAt: value.startedAt,
    accounts: list(value.accounts).filter(
      (a): a is Account => isObject(a) && typeof a.id === 'string',
    ),
    progress: list(value.progress).filter(
      (p): p is StepProgress =>
        isObject(p) && typeof p.accountId === 'string' && typeof p.stepId === 'string',
    ),
    records: list(value.records).flatMap((r) => {
      const record = readRecord(r);
      return record ? [record] : [];
    }),
    settings: { ...DEFAULT_SETTINGS, ...(isObject(value.settings) ? value.settings : {}) },
  };
}
