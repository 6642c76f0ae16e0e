import type { ReadonlySignal, Signal } from '@preact/signals';
import type { PlanRecord } from '../plan/records';
import type { Account, Settings, StepProgress } from '../plan/types';
import type { LockState, PlanStorage } from '../storage/plan-storage';

export type LoadState = 'loading' | 'ready' | 'failed' | 'locked';

/** Problems the page shows in a banner, each with what to do next. */
export type Notice =
  'memory-only' | 'skipped-records' | 'save-failed' | 'blocked' | 'reload-needed';

/** The plan's state as signals: what is stored, as the screen shows it. */
export interface PlanSignals {
  readonly state: Signal<LoadState>;
  readonly accountsById: Signal<ReadonlyMap<string, Account>>;
  readonly progressList: Signal<readonly StepProgress[]>;
  readonly records: Signal<readonly PlanRecord[]>;
  readonly settings: Signal<Settings>;
  readonly skipped: Signal<number>;
  readonly lockState: Signal<LockState>;
  readonly notices: Signal<ReadonlySet<Notice>>;
  /** The accounts in their plan order. */
  readonly accounts: ReadonlySignal<readonly Account[]>;
}

/**
 * What every capability's actions get from the plan store: its signals, its storage, and the
 * one way to write (`write`: the screen is already updated; a failed write reloads what is
 * really stored and raises the notice).
 */
export interface StoreCore extends PlanSignals {
  readonly storage: PlanStorage;
  readonly now: () => number;
  readonly newId: () => string;
  /** Tells other open Lockstep pages to reload. */
  readonly announce: () => void;
  /** Tells every other open Lockstep page to lock. */
  readonly announceLock: () => void;
  readonly setNotice: (notice: Notice, on: boolean) => void;
  /** Reads everything from storage again. */
  readonly reload: () => Promise<void>;
  /** Forgets everything identifying this page holds and shows the lock screen. */
  readonly showLocked: () => Promise<void>;
  /** Runs a storage write; true when it was kept, false (reloaded, notice raised) when not. */
  readonly write: (action: () => Promise<void>) => Promise<boolean>;
}

/**
 * One capability's actions on the plan, declared once in its folder (`lib/<capability>/
 * *-actions.ts`) and listed in `lib/state/actions.ts`; the store never grows a case per action.
 */
export type ActionSet = (core: StoreCore) => object;
