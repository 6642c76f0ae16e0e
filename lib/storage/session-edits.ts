/**
 * The changes a session's plan takes, each a pure edit of the stored state (the caller reads it,
 * edits it and writes it back: session-storage.ts). Pure: no browser, no storage.
 */
import { recordKey, type PlanRecord, type RecordKey } from '../plan/records';
import type { Account, Settings, StepProgress } from '../plan/types';
import type { PlanData } from './plan-storage';
import type { SessionState } from './session-state';

export type SessionEdit = (state: SessionState) => SessionState;

/** `list` with `also` put in: a record of the same key is replaced. */
const withRecords = (list: readonly PlanRecord[], also: readonly PlanRecord[]) => {
  const byKey = new Map(list.map((r) => [recordKey(r), r]));
  for (const record of also) byKey.set(recordKey(record), record);
  return [...byKey.values()];
};
const sameStep = (p: StepProgress, accountId: string, stepId: string) =>
  p.accountId === accountId && p.stepId === stepId;

export const putAccounts =
  (list: readonly Account[]): SessionEdit =>
  (s) => {
    const ids = new Set(list.map((a) => a.id));
    return { ...s, accounts: [...s.accounts.filter((a) => !ids.has(a.id)), ...list] };
  };

/** Removes an account with its progress and its records. */
export const deleteAccount =
  (id: string): SessionEdit =>
  (s) => ({
    ...s,
    accounts: s.accounts.filter((a) => a.id !== id),
    progress: s.progress.filter((p) => p.accountId !== id),
    records: s.records.filter((r) => r.accountId !== id),
  });

export const putProgress =
  (p: StepProgress, also: readonly PlanRecord[] = []): SessionEdit =>
  (s) => ({
    ...s,
    progress: [...s.progress.filter((q) => !sameStep(q, p.accountId, p.stepId)), p],
    records: withRecords(s.records, also),
  });

export const deleteProgress =
  (accountId: string, stepId: string, also: readonly PlanRecord[] = []): SessionEdit =>
  (s) => ({
    ...s,
    progress: s.progress.filter((q) => !sameStep(q, accountId, stepId)),
    records: withRecords(s.records, also),
  });

export const putRecords =
  (list: readonly PlanRecord[]): SessionEdit =>
  (s) => ({ ...s, records: withRecords(s.records, list) });

export const deleteRecords =
  (keys: readonly RecordKey[], also: readonly PlanRecord[] = []): SessionEdit =>
  (s) => {
    const gone = new Set(keys.map(([type, id]) => `${type}\u0000${id}`));
    return {
      ...s,
      records: withRecords(
        s.records.filter((r) => !gone.has(recordKey(r))),
        also,
      ),
    };
  };

export const putSetting =
  <K extends keyof Settings>(name: K, value: Settings[K]): SessionEdit =>
  (s) => ({ ...s, settings: { ...s.settings, [name]: value } });

/** The file's plan in place of the session's; the session's settings stay but the help line. */
export const replacePlan =
  (data: PlanData): SessionEdit =>
  (s) => ({
    ...s,
    accounts: data.accounts,
    progress: data.progress,
    records: data.records,
    settings: { ...s.settings, localHelpLine: data.localHelpLine },
  });
