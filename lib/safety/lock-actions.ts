import { ChangedDataError, WrongKeyError } from '../crypto/errors';
import type { StoreCore } from '../state/store-core';
import { VaultDamagedError } from '../storage/plan-storage';

/**
 * The lock's actions: opening the sealed plan, locking it (here or everywhere), turning the
 * lock on or off, and checking a passphrase before the lock is changed.
 */
export function lockActions(core: StoreCore) {
  const { storage, lockState, setNotice, reload, showLocked, announce, announceLock } = core;

  /**
   * Opens the sealed plan. `wrong`: the passphrase did not open it, and nothing changed.
   * `damaged`: the stored lock settings are impossible, so no passphrase can open it.
   * `changed`: the passphrase is right (its key check matches) but the sealed plan was changed.
   */
  async function unlock(
    passphrase: string,
  ): Promise<'ok' | 'wrong' | 'changed' | 'damaged' | 'failed'> {
    try {
      await storage.unlock(passphrase);
    } catch (error) {
      if (error instanceof WrongKeyError) return 'wrong';
      if (error instanceof ChangedDataError) return 'changed';
      return error instanceof VaultDamagedError ? 'damaged' : 'failed';
    }
    await reload();
    return 'ok';
  }

  /** Forgets the key in this page; `everywhere` also locks every other open Lockstep page. */
  async function lock(everywhere = true): Promise<void> {
    storage.lock();
    if (everywhere) announceLock();
    await showLocked();
  }

  /** Runs a change to the lock; on success the page shows the new lock state and says so. */
  async function changeLock(change: () => Promise<void>): Promise<boolean> {
    try {
      await change();
    } catch {
      setNotice('save-failed', true);
      return false;
    }
    lockState.value = storage.lockState();
    announce();
    return true;
  }

  /**
   * Turns the lock on, or changes the passphrase: the plan is sealed again atomically, with the
   * check word (undefined keeps the one the plan has). Evidence entries then get their HMAC.
   */
  async function setPassphrase(passphrase: string, checkWord?: string): Promise<boolean> {
    const ok = await changeLock(() => storage.setPassphrase(passphrase, checkWord));
    // Loaded here: the log's chain code stays out of every page's first download (issue 29).
    if (ok)
      await import('../evidence/sign-on-lock')
        .then((m) => m.signEvidenceOnLock(core))
        .catch(() => 0);
    return ok;
  }

  /** Turns the lock off: the plan is written back unsealed. */
  const removeLock = (): Promise<boolean> => changeLock(() => storage.removeLock());

  /** Whether this passphrase opens the sealed plan; asked before the lock is changed. */
  const checkPassphrase = (passphrase: string): Promise<boolean> =>
    storage.checkPassphrase(passphrase).catch(() => false);

  return { unlock, lock, setPassphrase, removeLock, checkPassphrase };
}
