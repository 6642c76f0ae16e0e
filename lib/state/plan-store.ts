import { batch, computed, signal } from '@preact/signals';
import { indexChoices } from '../plan/account-choices';
import { indexProgress, nextStep, overallProgress } from '../plan/progress';
import { sortByPosition } from '../plan/order';
import { valuesOf, type PlanRecord } from '../plan/records';
import type { Account, Settings, StepProgress } from '../plan/types';
import { DEFAULT_SETTINGS } from '../plan/types';
import { LockedError, type LockState, type PlanStorage } from '../storage/plan-storage';
import { buildActions } from './actions';
import type { LoadState, Notice, PlanSignals, StoreCore } from './store-core';

export type { LoadState, Notice } from './store-core';
export type { AccountInput } from '../plan/plan-actions';

export interface StoreDeps {
  readonly storage: PlanStorage;
  /** Called after every successful write so other open Lockstep pages reload. */
  readonly announce?: () => void;
  /** Called when the person locks, so every other open Lockstep page locks too. */
  readonly announceLock?: () => void;
  readonly now?: () => number;
  readonly newId?: () => string;
}

function planSignals(storage: PlanStorage): PlanSignals {
  const accountsById = signal<ReadonlyMap<string, Account>>(new Map());
  return {
    state: signal<LoadState>('loading'),
    accountsById,
    progressList: signal<readonly StepProgress[]>([]),
    records: signal<readonly PlanRecord[]>([]),
    settings: signal<Settings>(DEFAULT_SETTINGS),
    skipped: signal(0),
    lockState: signal<LockState>('none'),
    notices: signal<ReadonlySet<Notice>>(
      new Set<Notice>(storage.mode === 'memory' ? ['memory-only'] : []),
    ),
    accounts: computed(() => sortByPosition([...accountsById.value.values()])),
  };
}

/**
 * The one reload and notice mechanism every action writes through: reading what is stored,
 * showing the lock screen, and a write that reloads and says so when it fails.
 */
function storeCore(deps: Required<StoreDeps>, signals: PlanSignals): StoreCore {
  const { storage, announce } = deps;
  const { state, accountsById, progressList, records, settings, skipped, lockState } = signals;
  const setNotice = (notice: Notice, on: boolean) => {
    const next = new Set(signals.notices.value);
    if (on) next.add(notice);
    else next.delete(notice);
    signals.notices.value = next;
  };

  /**
   * The plan leaves the screen at once; the settings kept in clear are read after. Reading them
   * first kept the plan on view until IndexedDB answered, and a read waits for any write in
   * flight (the lock going on writes the sealed plan and the settings' sealed copy).
   */
  async function showLocked(): Promise<void> {
    batch(() => {
      accountsById.value = new Map();
      progressList.value = [];
      records.value = [];
      settings.value = { ...settings.peek(), localHelpLine: null };
      lockState.value = 'locked';
      state.value = 'locked';
    });
    const plain = {
      ...(await storage.loadSettings().catch(() => DEFAULT_SETTINGS)),
      localHelpLine: null,
    };
    // Set only when they differ: a new value runs every effect on the settings again (the page's
    // address among them, which would add a history row after the lock's clean-up). Unlocked
    // meanwhile (another page's passphrase): the reload that came with it has the settings.
    if (lockState.peek() === 'locked' && JSON.stringify(plain) !== JSON.stringify(settings.peek()))
      settings.value = plain;
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

  return Object.assign({}, deps, signals, { setNotice, showLocked, reload, write });
}

/**
 * The plan's state as signals, and every capability's actions on it (registered in
 * `./actions.ts`). Each action updates the screen first and then writes; a failed write
 * reloads what is really stored and says so.
 */
export function createPlanStore({
  storage,
  announce = () => undefined,
  announceLock = () => undefined,
  now = Date.now,
  newId = () => crypto.randomUUID(),
}: StoreDeps) {
  const signals = planSignals(storage);
  const core = storeCore({ storage, announce, announceLock, now, newId }, signals);
  const { accounts, records } = signals;
  const progress = computed(() => indexProgress(signals.progressList.value));
  const choices = computed(() => indexChoices(records.value));
  const overall = computed(() => overallProgress(accounts.value, progress.value, choices.value));
  /** Accounts decided "later" or "leave it": they keep their place but are never next. */
  const setAside = computed(
    () =>
      new Set(
        valuesOf(records.value, 'decision').flatMap((d) =>
          d.choice === 'change-now' ? [] : [d.accountId],
        ),
      ),
  );
  // Object.assign, not spreads: spreading these objects made a store about 100 times slower to
  // build in V8 (the import property tests build 16,000).
  return Object.assign(buildActions(core), {
    mode: storage.mode,
    state: signals.state,
    accounts,
    accountsById: signals.accountsById,
    progress,
    overall,
    next: computed(() => nextStep(accounts.value, progress.value, setAside.value, choices.value)),
    choices,
    setAside,
    settings: signals.settings,
    skipped: signals.skipped,
    notices: signals.notices,
    records,
    lockState: signals.lockState,
    reload: core.reload,
    dismissNotice: (notice: Notice) => core.setNotice(notice, false),
    raiseNotice: (notice: Notice) => core.setNotice(notice, true),
  });
}

export type PlanStore = ReturnType<typeof createPlanStore>;
