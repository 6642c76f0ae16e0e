import type { Account, Settings, StepProgress } from '../plan/types';
import { DEFAULT_SETTINGS } from '../plan/types';
import type { PlanStorage, Snapshot } from './plan-storage';

/** Storage that lives only as long as the page: used where IndexedDB is refused. */
export function createMemoryStorage(): PlanStorage {
  const accounts = new Map<string, Account>();
  const progress = new Map<string, StepProgress>();
  let settings: Settings = DEFAULT_SETTINGS;
  const key = (accountId: string, stepId: string) => `${accountId}\u0000${stepId}`;

  return {
    mode: 'memory',
    load: (): Promise<Snapshot> =>
      Promise.resolve({
        accounts: [...accounts.values()],
        progress: [...progress.values()],
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
      return Promise.resolve();
    },
    putProgress: (p) => {
      progress.set(key(p.accountId, p.stepId), p);
      return Promise.resolve();
    },
    deleteProgress: (accountId, stepId) => {
      progress.delete(key(accountId, stepId));
      return Promise.resolve();
    },
    putSetting: (name, value) => {
      settings = { ...settings, [name]: value };
      return Promise.resolve();
    },
    replacePlan: (data) => {
      accounts.clear();
      progress.clear();
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
