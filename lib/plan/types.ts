import type { AccountKind } from './kinds';

/** One account in the reset plan. No password, ever: only what identifies the account. */
export interface Account {
  readonly id: string;
  readonly name: string;
  /** The site's address as the person typed it, or empty. */
  readonly site: string;
  readonly kind: AccountKind;
  /** Place in the plan, 0 first. The recommended order sets it; the person may move it. */
  readonly position: number;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** What the person decided about a step. A step with no record is still to do. */
export type StepStatus = 'done' | 'skipped' | 'na';

export const STEP_STATUSES: readonly StepStatus[] = ['done', 'skipped', 'na'];

export interface StepProgress {
  readonly accountId: string;
  readonly stepId: string;
  readonly status: StepStatus;
  /** When it was marked, ms since the epoch. */
  readonly at: number;
}

/** A help line the person adds for where they live. */
export interface LocalHelpLine {
  readonly name: string;
  readonly phone: string;
}

export interface Settings {
  /** The safety-first introduction has been read or skipped. */
  readonly introSeen: boolean;
  readonly localHelpLine: LocalHelpLine | null;
  /** With the lock on: lock after this many idle minutes (0: only when the browser closes). */
  readonly autoLockMinutes: number;
  /** Where quick exit leaves the person: empty for the browser's new-tab page. */
  readonly quickExitUrl: string;
  /** The one-time explainer of what quick exit cannot hide has been read. */
  readonly quickExitExplained: boolean;
  /** Quick exit and lock also remove Lockstep's pages from history (optional permission). */
  readonly clearHistory: boolean;
  /** A neutral name in the toolbar and the tab instead of "Lockstep". */
  readonly discreet: boolean;
  /**
   * The toolbar popup shows progress and the next step: 'auto' only with the lock on and
   * discreet mode off (lib/safety/popup-privacy.ts).
   */
  readonly popupNextStep: 'auto' | 'show' | 'hide';
  /** The lock was offered before the first account and the person chose "Not now". */
  readonly lockOfferDeclined: boolean;
  /** The lock was offered again before the first look-first answer, and declined. */
  readonly lookLockOfferDeclined: boolean;
  /** How often a check-up comes due: 'off', 'two-weeks', 'month' or 'three-months'. */
  readonly checkUpRhythm: 'off' | 'two-weeks' | 'month' | 'three-months';
  /** When the rhythm was chosen (the first check-up is one interval after). */
  readonly checkUpSince: number;
  /**
   * When the next check-up is due, or null. Kept in clear so the background can set its alarm
   * and dot while the plan is locked; it says nothing of any account.
   */
  readonly checkUpDueAt: number | null;
  /** A small dot on the toolbar button when a check-up is due (the person may turn it off). */
  readonly checkUpDot: boolean;
  /** A system notification when a check-up comes due (optional `notifications` permission). */
  readonly checkUpNotify: boolean;
  /**
   * The notification's text, chosen by the person; empty for the neutral default. Kept in clear
   * (the background shows it while the plan is locked), so the page asks for no account name.
   */
  readonly checkUpNotifyText: string;
  /** Import refuses files not sealed with a passphrase (anyone could have written one). */
  readonly onlySealedImports: boolean;
  /** The language chosen ('es'), or '' for the browser's: plain, the lock screen speaks it. */
  readonly language: string;
}

export const DEFAULT_SETTINGS: Settings = {
  introSeen: false,
  localHelpLine: null,
  autoLockMinutes: 15,
  quickExitUrl: '',
  quickExitExplained: false,
  clearHistory: false,
  discreet: false,
  popupNextStep: 'auto',
  lockOfferDeclined: false,
  lookLockOfferDeclined: false,
  checkUpRhythm: 'off',
  checkUpSince: 0,
  checkUpDueAt: null,
  checkUpDot: true,
  checkUpNotify: false,
  checkUpNotifyText: '',
  onlySealedImports: false,
  language: '',
};
