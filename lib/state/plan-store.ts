import { batch, computed, signal } from '@preact/signals';
import type { AccountKind } from '../plan/kinds';
import { insertionIndex, moveBy, recommendedOrder, renumber, sortByPosition } from '../plan/order';
import { indexProgress, nextStep, overallProgress } from '../plan/progress';
import {
  recordKey,
  toRecord,
  valuesOf,
  type PlanRecord,
  type RecordType,
  type RecordValues,
} from '../plan/records';
import type { Account, Settings, StepProgress, StepStatus } from '../plan/types';
import { DEFAULT_SETTINGS } from '../plan/types';
import { WrongKeyError } from '../crypto/errors';
import {
  LockedError,
  VaultDamagedError,
  type LockState,
  type PlanData,
  type PlanStorage,
} from '../storage/plan-storage';

export type LoadState = 'loading' | 'ready' | 'failed' | 'locked';

/** Problems the page shows in a banner, each with what to do next. */
export type Notice =
  'memory-only' | 'skipped-records' | 'save-failed' | 'blocked' | 'reload-needed';

export interface AccountInput {
  readonly name: string;
  readonly site: string;
  readonly kind: AccountKind;
}

export interface StoreDeps {
  readonly storage: PlanStorage;
  /** Called after every successful write so other open Lockstep pages reload. */
  readonly announce?: () => void;
  /** Called when the person locks, so every other open Lockstep page locks too. */
  readonly announceLock?: () => void;
  readonly now?: () => number;
  readonly newId?: () => string;
}

/**
 * The plan's state as signals, and every action on it. Each action updates the screen first
 * and then writes; a failed write reloads what is really stored and says so.
 */
export function createPlanStore({
  storage,
  announce = () => undefined,
  announceLock = () => undefined,
  now = Date.now,
  newId = () => crypto.randomUUID(),
}: StoreDeps) {
  const state = signal<LoadState>('loading');
  const accountsById = signal<ReadonlyMap<string, Account>>(new Map());
  const progressList = signal<readonly StepProgress[]>([]);
  const records = signal<readonly PlanRecord[]>([]);
  const settings = signal<Settings>(DEFAULT_SETTINGS);
  const skipped = signal(0);
  const lockState = signal<LockState>('none');
  const notices = signal<ReadonlySet<Notice>>(
    new Set<Notice>(storage.mode === 'memory' ? ['memory-only'] : []),
  );

  const accounts = computed(() => sortByPosition([...accountsById.value.values()]));
  const progress = computed(() => indexProgress(progressList.value));
  const overall = computed(() => overallProgress(accounts.value, progress.value));
  /** Accounts decided "later" or "leave it": they keep their place but are never next. */
  const setAside = computed(
    () =>
      new Set(
        valuesOf(records.value, 'decision').flatMap((d) =>
          d.choice === 'change-now' ? [] : [d.accountId],
        ),
      ),
  );
  const next = computed(() => nextStep(accounts.value, progress.value, setAside.value));

  const setNotice = (notice: Notice, on: boolean) => {
    const next = new Set(notices.value);
    if (on) next.add(notice);
    else next.delete(notice);
    notices.value = next;
  };

  /** Forgets everything identifying this page holds and shows the lock screen. */
  async function showLocked(): Promise<void> {
    const plainSettings = await storage.loadSettings().catch(() => DEFAULT_SETTINGS);
    batch(() => {
      accountsById.value = new Map();
      progressList.value = [];
      records.value = [];
      settings.value = { ...plainSettings, localHelpLine: null };
      lockState.value = 'locked';
      state.value = 'locked';
    });
  }

  /** Reads everything from storage again (start-up, another tab's change, a failed write). */
  async function reload(): Promise<void> {
    try {
      const snapshot = await storage.load();
      batch(() => {
        lockState.value = storage.lockState();
        accountsById.value = new Map(snapshot.accounts.map((a) => [a.id, a]));
        progressList.value = snapshot.progress;
        records.value = snapshot.records;
        settings.value = snapshot.settings;
        skipped.value = snapshot.skipped;
        setNotice('skipped-records', snapshot.skipped > 0);
        state.value = 'ready';
      });
    } catch (error) {
      if (error instanceof LockedError) await showLocked();
      else if (state.value === 'loading') state.value = 'failed';
      else setNotice('save-failed', true);
    }
  }

  async function write(action: () => Promise<void>): Promise<boolean> {
    try {
      await action();
      setNotice('save-failed', false);
      announce();
      return true;
    } catch (error) {
      if (!(error instanceof LockedError)) setNotice('save-failed', true);
      await reload();
      return false;
    }
  }

  function applyAccounts(changed: readonly Account[]) {
    const next = new Map(accountsById.value);
    for (const account of changed) next.set(account.id, account);
    accountsById.value = next;
  }

  async function saveOrder(ordered: readonly Account[]): Promise<boolean> {
    const changed = renumber(ordered, now());
    if (changed.length === 0) return true;
    applyAccounts(changed);
    return write(() => storage.putAccounts(changed));
  }

  /** Adds an account where the recommended order puts its kind. Returns its id. */
  async function addAccount(input: AccountInput): Promise<string> {
    const time = now();
    const id = newId();
    const account: Account = {
      id,
      name: input.name.trim(),
      site: input.site.trim(),
      kind: input.kind,
      position: -1,
      createdAt: time,
      updatedAt: time,
    };
    const ordered = [...accounts.value];
    ordered.splice(insertionIndex(ordered, input.kind), 0, account);
    await saveOrder(ordered);
    return id;
  }

  async function updateAccount(id: string, input: AccountInput): Promise<boolean> {
    const existing = accountsById.value.get(id);
    if (!existing) return false;
    const updated: Account = {
      ...existing,
      name: input.name.trim(),
      site: input.site.trim(),
      kind: input.kind,
      updatedAt: now(),
    };
    applyAccounts([updated]);
    return write(() => storage.putAccounts([updated]));
  }

  async function removeAccount(id: string): Promise<boolean> {
    const next = new Map(accountsById.value);
    next.delete(id);
    batch(() => {
      accountsById.value = next;
      progressList.value = progressList.value.filter((p) => p.accountId !== id);
      records.value = records.value.filter((r) => r.accountId !== id);
    });
    return write(() => storage.deleteAccount(id));
  }

  const moveAccount = (id: string, delta: -1 | 1) => saveOrder(moveBy(accounts.value, id, delta));
  /**
   * Back to the recommended order: by what can reset what, from the look-first answers (loaded
   * only when asked: the graph is not in the first download), else by kind.
   */
  async function resetOrder(): Promise<boolean> {
    const looks = valuesOf(records.value, 'assessment');
    if (looks.length === 0) return saveOrder(recommendedOrder(accounts.value));
    const [{ buildReachGraph }, order] = await Promise.all([
      import('../assessment/reach'),
      import('../assessment/order'),
    ]);
    const graph = buildReachGraph(accounts.value, looks, valuesOf(records.value, 'phone-line'));
    return saveOrder(order.resetOrder(accounts.value, graph).ordered);
  }

  /** Marks a step done, skipped or not applicable (with today's date), or back to to-do. */
  async function setStepStatus(
    accountId: string,
    stepId: string,
    status: StepStatus | 'todo',
  ): Promise<boolean> {
    const others = progressList.value.filter(
      (p) => p.accountId !== accountId || p.stepId !== stepId,
    );
    const at = now();
    // Kept as history, so a check-up or a printed plan can say what was done when.
    const event = toRecord('step-event', { id: newId(), accountId, stepId, status, at });
    records.value = [...records.value, event];
    if (status === 'todo') {
      progressList.value = others;
      return write(() => storage.deleteProgress(accountId, stepId, [event]));
    }
    const record: StepProgress = { accountId, stepId, status, at };
    progressList.value = [...others, record];
    return write(() => storage.putProgress(record, [event]));
  }

  /** Adds or replaces one record (a finding, a device check, an answer…). */
  async function saveRecord<T extends RecordType>(
    type: T,
    value: RecordValues[T],
  ): Promise<boolean> {
    const record = toRecord(type, value);
    const key = recordKey(record);
    records.value = [...records.value.filter((r) => recordKey(r) !== key), record];
    return write(() => storage.putRecords([record]));
  }

  async function removeRecord(type: RecordType, id: string): Promise<boolean> {
    records.value = records.value.filter((r) => r.type !== type || r.id !== id);
    return write(() => storage.deleteRecords([[type, id]]));
  }

  async function updateSetting<K extends keyof Settings>(key: K, value: Settings[K]) {
    settings.value = { ...settings.value, [key]: value };
    return write(() => storage.putSetting(key, value));
  }

  /** Swaps the whole plan for another (an import), atomically; the screen follows. */
  async function replacePlan(data: PlanData): Promise<boolean> {
    batch(() => {
      accountsById.value = new Map(data.accounts.map((a) => [a.id, a]));
      progressList.value = data.progress;
      records.value = data.records;
      settings.value = { ...settings.value, localHelpLine: data.localHelpLine };
    });
    return write(() => storage.replacePlan(data));
  }

  /**
   * Opens the sealed plan. `wrong`: the passphrase did not open it, and nothing changed.
   * `damaged`: the stored lock settings are impossible, so no passphrase can open it.
   */
  async function unlock(passphrase: string): Promise<'ok' | 'wrong' | 'damaged' | 'failed'> {
    try {
      await storage.unlock(passphrase);
    } catch (error) {
      if (error instanceof WrongKeyError) return 'wrong';
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

  /** Turns the lock on, or changes the passphrase: the plan is sealed again atomically. */
  async function setPassphrase(passphrase: string): Promise<boolean> {
    try {
      await storage.setPassphrase(passphrase);
    } catch {
      setNotice('save-failed', true);
      return false;
    }
    lockState.value = storage.lockState();
    announce();
    return true;
  }

  /** Turns the lock off: the plan is written back unsealed. */
  async function removeLock(): Promise<boolean> {
    try {
      await storage.removeLock();
    } catch {
      setNotice('save-failed', true);
      return false;
    }
    lockState.value = storage.lockState();
    announce();
    return true;
  }

  /** Whether this passphrase opens the sealed plan; asked before the lock is changed. */
  const checkPassphrase = (passphrase: string): Promise<boolean> =>
    storage.checkPassphrase(passphrase).catch(() => false);

  /** The plan as it stands, for export. */
  const planData = (): PlanData => ({
    accounts: accounts.value,
    progress: progressList.value,
    records: records.value,
    localHelpLine: settings.value.localHelpLine,
  });

  return {
    mode: storage.mode,
    state,
    accounts,
    accountsById,
    progress,
    overall,
    next,
    setAside,
    settings,
    skipped,
    notices,
    reload,
    addAccount,
    updateAccount,
    removeAccount,
    moveAccount,
    resetOrder,
    setStepStatus,
    records,
    saveRecord,
    removeRecord,
    updateSetting,
    replacePlan,
    planData,
    lockState,
    unlock,
    lock,
    setPassphrase,
    removeLock,
    checkPassphrase,
    dismissNotice: (notice: Notice) => setNotice(notice, false),
    raiseNotice: (notice: Notice) => setNotice(notice, true),
  };
}

export type PlanStore = ReturnType<typeof createPlanStore>;
