import { recordKey, type PlanRecord } from '../plan/records';
import type { Account, Settings, StepProgress } from '../plan/types';
import { DEFAULT_SETTINGS } from '../plan/types';
import type { PlanStorage, Snapshot } from './plan-storage';

/** Storage that lives only as long as the page: used where IndexedDB is refused. */
export function createMemoryStorage(): PlanStorage {
  const accounts = new Map<string, Account>();
  const progress = new Map<string, StepProgress>();
  const records = new Map<string, PlanRecord>();
  const putAll = (list: readonly PlanRecord[]) => {
    for (const record of list) records.set(recordKey(record), record);
  };
  let settings: Settings = DEFAULT_SETTINGS;
  const key = (accountId: string, stepId: string) => `${accountId}\u0000${stepId}`;

  return {
    mode: 'memory',
    load: (): Promise<Snapshot> =>
      Promise.resolve({
        accounts: [...accounts.values()],
        progress: [...progress.values()],
        records: [...records.values()],
        settings,
        skipped: 0,
      }),
    loadSettings: () => Promise.resolve(settings),
    putAccounts: (list) => {
      for (const account of list) accounts.set(account.id, account);
      return Promise.resolve();
    },
    deleteAccount: (id) => {
      accounts.delete(id);
      for (const [k, p] of progress) if (p.accountId === id) progress.delete(k);
      for (const [k, r] of records) if (r.accountId === id) records.delete(k);
      return Promise.resolve();
    },
    putProgress: (p, also = []) => {
      progress.set(key(p.accountId, p.stepId), p);
      putAll(also);
      return Promise.resolve();
    },
    deleteProgress: (accountId, stepId, also = []) => {
      progress.delete(key(accountId, stepId));
      putAll(also);
      return Promise.resolve();
    },
    putRecords: (list) => {
      putAll(list);
      return Promise.resolve();
    },
    deleteRecords: (keys, also = []) => {
      for (const [type, id] of keys) records.delete(`${type}\u0000${id}`);
      putAll(also);
      return Promise.resolve();
    },
    putSetting: (name, value) => {
      settings = { ...settings, [name]: value };
      return Promise.resolve();
    },
    replacePlan: (data) => {
      accounts.clear();
      progress.clear();
      records.clear();
      putAll(data.records);
      for (const account of data.accounts) accounts.set(account.id, account);
      for (const p of data.progress) progress.set(key(p.accountId, p.stepId), p);
      settings = { ...settings, localHelpLine: data.localHelpLine };
      return Promise.resolve();
    },
    // Nothing here outlives the page, so there is nothing to seal.
    lockState: () => 'none',
    unlock: () => Promise.resolve(),
    checkPassphrase: () => Promise.resolve(false),
    lock: () => undefined,
    setPassphrase: () => Promise.reject(new Error('Memory-only mode keeps nothing to lock.')),
    removeLock: () => Promise.resolve(),
    close: () => undefined,
  };
}
