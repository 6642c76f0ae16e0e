import type { AccountKind } from '../plan/kinds';
import type { StepSpec } from '../plan/playbook';
import type { Assessment, CheckUp, CheckUpOutcome, Decision } from '../plan/records';
import type { StepStatus } from '../plan/types';

/**
 * When a check-up becomes due and what it covers. Pure: every function takes the time it
 * works with, so tests can move the clock (forward, across month ends, and back).
 */

export const RHYTHMS = ['off', 'two-weeks', 'month', 'three-months'] as const;
export type Rhythm = (typeof RHYTHMS)[number];

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The same day `months` calendar months later (UTC), kept inside a shorter month:
 * January 31 plus one month is February 28 (or 29), never March 3.
 */
export function addMonths(at: number, months: number): number {
  const date = new Date(at);
  const day = date.getUTCDate();
  const target = new Date(at);
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.getTime();
}

/** One interval after `at`, or null when the rhythm is off. */
export function afterInterval(rhythm: Rhythm, at: number): number | null {
  switch (rhythm) {
    case 'off':
      return null;
    case 'two-weeks':
      return at + 14 * DAY_MS;
    case 'month':
      return addMonths(at, 1);
    case 'three-months':
      return addMonths(at, 3);
  }
}

export interface RhythmState {
  readonly rhythm: Rhythm;
  /** When the rhythm was chosen: the first check-up is one interval after it. */
  readonly since: number;
}

/**
 * When the next check-up is due: one interval after the last finished check-up (or after the
 * rhythm was chosen). A date in the future (the clock was moved back) counts as now, so a
 * check-up is never pushed away by more than one interval. Null when the rhythm is off.
 */
export function nextDueAt(
  state: RhythmState,
  checkUps: readonly CheckUp[],
  now: number,
): number | null {
  const finished = checkUps.flatMap((c) => (c.endedAt === undefined ? [] : [c.endedAt]));
  const last = Math.max(state.since, ...finished);
  return afterInterval(state.rhythm, Math.min(last, now));
}

export const isDue = (dueAt: number | null, now: number): boolean => dueAt !== null && now >= dueAt;

/** The look-first questions whose answer can change without the person knowing. */
export const CHANGING_QUESTIONS = [
  'unknownDevices',
  'recovery',
  'secondSteps',
  'sharedOnPurpose',
] as const;
export type ChangingQuestion = (typeof CHANGING_QUESTIONS)[number];

export type DueItem =
  | {
      readonly kind: 'step';
      readonly key: string;
      readonly accountId: string;
      readonly stepId: string;
    }
  | {
      readonly kind: 'question';
      readonly key: string;
      readonly accountId: string;
      readonly question: ChangingQuestion;
    }
  | {
      /** A device record's answers (who has it, passcode known): "Is this still true?" */
      readonly kind: 'device';
      readonly key: string;
      /** DEVICES_GROUP: the devices are checked together, apart from the accounts. */
      readonly accountId: string;
      readonly deviceId: string;
    };

/** The group the device items come in (never an account's id: those are UUIDs). */
export const DEVICES_GROUP = 'devices';
export const deviceItemKey = (deviceId: string): string => `device:${deviceId}`;

export const stepItemKey = (accountId: string, stepId: string): string =>
  `step:${accountId}:${stepId}`;
export const questionItemKey = (accountId: string, question: ChangingQuestion): string =>
  `question:${accountId}:${question}`;

export interface DueAccount {
  readonly id: string;
  readonly kind: AccountKind;
}

export interface DueInput {
  readonly accounts: readonly DueAccount[];
  readonly decisions: readonly Decision[];
  readonly assessments: readonly Assessment[];
  /** A step's status, if marked. */
  readonly statusOf: (accountId: string, stepId: string) => StepStatus | undefined;
  readonly stepsFor: (kind: AccountKind) => readonly StepSpec[];
  /** The plan's device records (issue 30): each is asked about again, first. */
  readonly devices?: readonly { readonly id: string }[];
}

export interface DueList {
  /** What to check again, in plan order. */
  readonly items: readonly DueItem[];
  /** Accounts marked "later": listed apart, not counted as due. */
  readonly later: readonly string[];
}

/**
 * What a check-up covers: the recurring steps the person marked done, in accounts they chose to
 * change (an account with no decision, from before Look first, counts as "change now"); steps
 * still to do, skipped or marked "does not apply" are not asked about; and the changing look-first questions of accounts that were looked
 * at. "Later" accounts are listed apart; "leave it" accounts are left out. Devices come first.
 */
export function dueItems(input: DueInput): DueList {
  const choice = new Map(input.decisions.map((d) => [d.accountId, d.choice]));
  const looked = new Set(input.assessments.map((a) => a.accountId));
  const items: DueItem[] = (input.devices ?? []).map((d) => ({
    kind: 'device',
    key: deviceItemKey(d.id),
    accountId: DEVICES_GROUP,
    deviceId: d.id,
  }));
  const later: string[] = [];
  for (const account of input.accounts) {
    const decided = choice.get(account.id) ?? 'change-now';
    if (decided === 'leave-it') continue;
    if (decided === 'later') {
      later.push(account.id);
      continue;
    }
    for (const step of input.stepsFor(account.kind)) {
      // Only what was done can be checked again: a step still to do (or skipped) is not.
      if (!step.recurring || input.statusOf(account.id, step.id) !== 'done') continue;
      items.push({
        kind: 'step',
        key: stepItemKey(account.id, step.id),
        accountId: account.id,
        stepId: step.id,
      });
    }
    if (!looked.has(account.id)) continue;
    for (const question of CHANGING_QUESTIONS)
      items.push({
        kind: 'question',
        key: questionItemKey(account.id, question),
        accountId: account.id,
        question,
      });
  }
  return { items, later };
}

/** The check-up under way: the latest one not yet ended. */
export function openCheckUp(checkUps: readonly CheckUp[]): CheckUp | undefined {
  return checkUps
    .filter((c) => c.endedAt === undefined)
    .sort((a, b) => b.startedAt - a.startedAt)[0];
}

/** The items still open in a check-up done in parts. */
export function remainingItems(items: readonly DueItem[], checkUp: CheckUp | undefined): DueItem[] {
  const done = new Set(checkUp?.items.map((i) => i.key) ?? []);
  return items.filter((i) => !done.has(i.key));
}

/**
 * The check-up with one more item answered. It ends (endedAt) once every due item is confirmed,
 * fixed or skipped. Answering an item again replaces the earlier answer.
 */
export function answerItem(
  checkUp: CheckUp,
  due: readonly DueItem[],
  answer: { key: string; outcome: CheckUpOutcome; found?: string },
  now: number,
): CheckUp {
  const entry = {
    key: answer.key,
    outcome: answer.outcome,
    ...(answer.outcome === 'fixed' && answer.found ? { found: answer.found } : {}),
    at: now,
  };
  const items = [...checkUp.items.filter((i) => i.key !== answer.key), entry];
  const answered = new Set(items.map((i) => i.key));
  const ended = due.every((d) => answered.has(d.key));
  return { ...checkUp, items, updatedAt: now, ...(ended ? { endedAt: now } : {}) };
}

/** What a finished check-up found changed back, in its own words (for the history). */
export function foundChangedBack(checkUp: CheckUp): CheckUp['items'] {
  return checkUp.items.filter((i) => i.outcome === 'fixed');
}

/** The due items grouped by account, in the order they come (the plan's order). */
export function groupByAccount(items: readonly DueItem[]): [string, DueItem[]][] {
  const groups = new Map<string, DueItem[]>();
  for (const item of items) {
    const group = groups.get(item.accountId);
    if (group) group.push(item);
    else groups.set(item.accountId, [item]);
  }
  return [...groups];
}
