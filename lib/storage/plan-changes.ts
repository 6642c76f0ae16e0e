import { recordKey, type PlanRecord, type RecordKey } from '../plan/records';
import type { Account, StepProgress } from '../plan/types';
import type { WriteTx } from './database';
import type { PlanData } from './plan-storage';
import type { Change } from './write';

/**
 * The plan's records (accounts, step progress, other records, the whole plan at once): what each
 * write does, said twice, to the plain stores and to the sealed plan. No I/O of its own.
 */

const withAccounts = (data: PlanData, accounts: readonly Account[]): PlanData => {
  const ids = new Set(accounts.map((a) => a.id));
  return { ...data, accounts: [...data.accounts.filter((a) => !ids.has(a.id)), ...accounts] };
};

const withRecords = (data: PlanData, records: readonly PlanRecord[]): PlanData => {
  if (records.length === 0) return data;
  const keys = new Set(records.map(recordKey));
  return {
    ...data,
    records: [...data.records.filter((r) => !keys.has(recordKey(r))), ...records],
  };
};

const putAll = (tx: WriteTx, records: readonly PlanRecord[]) =>
  Promise.all(records.map((r) => tx.objectStore('records').put(r)));

const withoutProgress = (data: PlanData, accountId: string, stepId?: string): PlanData => ({
  ...data,
  progress: data.progress.filter(
    (p) => p.accountId !== accountId || (stepId !== undefined && p.stepId !== stepId),
  ),
});

/** Adds or replaces these accounts. */
export const putAccounts = (accounts: readonly Account[]): Change => ({
  plain: (tx) => Promise.all(accounts.map((a) => tx.objectStore('accounts').put(a))),
  sealed: (data) => withAccounts(data, accounts),
});

/** Removes an account, its step progress and every record it owns. */
export const deleteAccount = (id: string): Change => ({
  plain: async (tx) => {
    const progress = tx.objectStore('progress');
    const records = tx.objectStore('records');
    const [keys, recordKeys] = await Promise.all([
      progress.index('byAccount').getAllKeys(id),
      records.index('byAccount').getAllKeys(id),
    ]);
    await Promise.all([
      tx.objectStore('accounts').delete(id),
      ...keys.map((k) => progress.delete(k)),
      ...recordKeys.map((k) => records.delete(k)),
    ]);
  },
  sealed: (data) => ({
    ...withoutProgress(data, id),
    accounts: data.accounts.filter((a) => a.id !== id),
    records: data.records.filter((r) => r.accountId !== id),
  }),
});

/** Marks a step, and writes `also` (its history) with it. */
export const putProgress = (p: StepProgress, also: readonly PlanRecord[]): Change => ({
  plain: (tx) => Promise.all([tx.objectStore('progress').put(p), putAll(tx, also)]),
  sealed: (data) => {
    const rest = withoutProgress(withRecords(data, also), p.accountId, p.stepId);
    return { ...rest, progress: [...rest.progress, p] };
  },
});

/** Takes a step back to "to do", and writes `also` with it. */
export const deleteProgress = (
  accountId: string,
  stepId: string,
  also: readonly PlanRecord[],
): Change => ({
  plain: (tx) =>
    Promise.all([tx.objectStore('progress').delete([accountId, stepId]), putAll(tx, also)]),
  sealed: (data) => withoutProgress(withRecords(data, also), accountId, stepId),
});

/** Adds or replaces these records. */
export const putRecords = (records: readonly PlanRecord[]): Change => ({
  plain: (tx) => putAll(tx, records),
  sealed: (data) => withRecords(data, records),
});

/** Removes the records with these keys, and writes `also` (other keys) with it. */
export const deleteRecords = (
  keys: readonly RecordKey[],
  also: readonly PlanRecord[] = [],
): Change => ({
  plain: (tx) =>
    Promise.all([
      ...keys.map(([type, id]) => tx.objectStore('records').delete([type, id])),
      putAll(tx, also),
    ]),
  sealed: (data) => {
    const gone = new Set(keys.map(([type, id]) => `${type}\u0000${id}`));
    return withRecords(
      { ...data, records: data.records.filter((r) => !gone.has(recordKey(r))) },
      also,
    );
  },
});

/** Replaces every account, all progress and records and the local help line. */
export const replacePlan = (data: PlanData): Change => ({
  plain: (tx) => {
    const accounts = tx.objectStore('accounts');
    const progress = tx.objectStore('progress');
    const records = tx.objectStore('records');
    return Promise.all([
      accounts.clear(),
      progress.clear(),
      records.clear(),
      ...data.accounts.map((a) => accounts.put(a)),
      ...data.progress.map((p) => progress.put(p)),
      ...data.records.map((r) => records.put(r)),
      tx.objectStore('settings').put({ key: 'localHelpLine', value: data.localHelpLine }),
    ]);
  },
  sealed: () => data,
});
