import type { AccountChoices } from './account-choices';
import type { DeviceRecord } from '../device/device-record';
import type { StartAnswers } from '../start/answers';
import type { Finding } from './finding-types';
import type { EvidenceEntry } from '../evidence/entry';
import type { StepStatus } from './types';

/**
 * The plan's records beyond accounts and step progress (the wave-2 data model). Each is kept
 * with the plan: sealed by the lock, in the export, removed by erase. Pure types; validation in
 * lib/plan/validate-records.ts, storage in lib/storage only.
 */

/** The devices the guided checks cover. */
export const DEVICE_KINDS = ['android', 'iphone', 'windows', 'mac', 'chromebook'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

/** A guided device check marked like a plan step. One per device kind and check. */
export interface DeviceCheckMark {
  readonly device: DeviceKind;
  /** The check's stored identity (snake_case); never renamed. */
  readonly checkId: string;
  readonly status: StepStatus;
  readonly at: number;
}

export * from './finding-types';

/** An answer to a look-first question. No answer at all is "skipped". */
export type Answer = 'yes' | 'no' | 'not-sure';

/** Who holds a way in. */
export type Holder = 'me' | 'them' | 'both' | 'not-sure';

/** Whose phone plan a line is on. */
export type PlanOwner = 'mine' | 'theirs' | 'shared' | 'not-sure';

/** A phone number the plan knows of, by the person's own label (never the number itself). */
export interface PhoneLine {
  readonly id: string;
  /** "My cell", "Work phone"… */
  readonly label: string;
  /** The phone-carrier account in the plan that controls this line, if known. */
  readonly carrierAccountId?: string;
  readonly owner: PlanOwner;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export type SecondStepMethod =
  | 'text-or-call'
  | 'authenticator-app'
  | 'sign-in-prompt'
  | 'security-key'
  | 'passkey'
  | 'backup-codes'
  | 'email-code';

/** A second-step method that is on, and who holds it. */
export interface SecondStep {
  readonly method: SecondStepMethod;
  readonly holder: Holder;
  /** For a text or call: the phone line it goes to. */
  readonly lineId?: string;
}

/** The look-only answers about one account. Every field may be skipped. */
export interface Assessment {
  readonly accountId: string;
  readonly knowsPassword?: Answer;
  /** It signs in through this other account of the plan ("Sign in with Google"). */
  readonly signInWithId?: string;
  /** The recovery email: an account of the plan, and whether the other person can reach it. */
  readonly recoveryEmailId?: string;
  readonly recoveryEmailReachable?: Answer;
  /** The recovery phone: a phone line of the plan. */
  readonly recoveryLineId?: string;
  readonly secondSteps: readonly SecondStep[];
  readonly securityQuestions?: Answer;
  readonly unknownDevices?: Answer;
  readonly sharedOnPurpose?: Answer;
  readonly updatedAt: number;
}

/** What the person chose to do with an account after looking. */
export type DecisionChoice = 'change-now' | 'later' | 'leave-it';

export interface Decision {
  readonly accountId: string;
  readonly choice: DecisionChoice;
  /** Why, or when: the person's own words, may be empty. */
  readonly note: string;
  readonly at: number;
}

/** One change of a step's status, kept so a history can say what was done when. */
export interface StepEvent {
  readonly id: string;
  readonly accountId: string;
  readonly stepId: string;
  readonly status: StepStatus | 'todo';
  readonly at: number;
}

/** A note: the person's own, or an advocate's (kept apart, never printed unless chosen). */
export interface Note {
  readonly id: string;
  readonly author: 'person' | 'advocate';
  readonly accountId?: string;
  readonly text: string;
  readonly at: number;
}

/** How one check-up item ended: still as it was, changed back and put right, or skipped. */
export type CheckUpOutcome = 'confirmed' | 'fixed' | 'skipped';

/** One item of a check-up, answered. `key` names the step or question it checked. */
export interface CheckUpItem {
  readonly key: string;
  readonly outcome: CheckUpOutcome;
  /** For "fixed": what was found changed back, in the person's words. */
  readonly found?: string;
  readonly at: number;
}

/** One check-up, done in parts: it ends once every due item is answered. */
export interface CheckUp {
  readonly id: string;
  readonly startedAt: number;
  readonly endedAt?: number;
  readonly items: readonly CheckUpItem[];
  readonly updatedAt: number;
}

/** Each kind of record, by its stored type name. */
export interface RecordValues {
  'phone-line': PhoneLine;
  assessment: Assessment;
  decision: Decision;
  'step-event': StepEvent;
  finding: Finding;
  'device-check': DeviceCheckMark;
  note: Note;
  'check-up': CheckUp;
  device: DeviceRecord;
  start: StartAnswers; // "Where you are now", one per plan (lib/start/answers.ts)
  evidence: EvidenceEntry; // lib/evidence: never removed with an account
  'account-choices': AccountChoices; // whose phone plan, the sitting's ready answer
}

export type RecordType = keyof RecordValues;

/**
 * A record as stored and exported: its type, its identity within the type, the account it
 * belongs to (removed with it), and its value.
 */
export type PlanRecord = {
  [T in RecordType]: {
    readonly type: T;
    readonly id: string;
    readonly accountId?: string;
    readonly value: RecordValues[T];
  };
}[RecordType];

export type RecordOf<T extends RecordType> = Extract<PlanRecord, { type: T }>;
export type RecordKey = readonly [type: RecordType, id: string];

/** Where each record type keeps its identity and owning account. */
const IDENTITY: { readonly [T in RecordType]: (value: RecordValues[T]) => string } = {
  'phone-line': (v) => v.id,
  assessment: (v) => v.accountId,
  decision: (v) => v.accountId,
  'step-event': (v) => v.id,
  finding: (v) => v.id,
  'device-check': (v) => `${v.device}:${v.checkId}`,
  note: (v) => v.id,
  'check-up': (v) => v.id,
  device: (v) => v.id,
  start: () => 'start',
  evidence: (v) => v.id,
  'account-choices': (v) => v.accountId,
};

/** The account a record belongs to: removed with it. A phone line belongs to none. */
const OWNER: { readonly [T in RecordType]: (value: RecordValues[T]) => string | undefined } = {
  'phone-line': () => undefined,
  assessment: (v) => v.accountId,
  decision: (v) => v.accountId,
  'step-event': (v) => v.accountId,
  finding: (v) => v.accountId,
  'device-check': () => undefined,
  note: (v) => v.accountId,
  'check-up': () => undefined,
  device: () => undefined,
  start: () => undefined,
  evidence: () => undefined,
  'account-choices': (v) => v.accountId,
};

/** Wraps a value as the record it is stored as. */
export function toRecord<T extends RecordType>(type: T, value: RecordValues[T]): RecordOf<T> {
  const id = IDENTITY[type](value);
  const accountId = OWNER[type](value);
  return (
    accountId === undefined ? { type, id, value } : { type, id, accountId, value }
  ) as RecordOf<T>;
}

export const recordKey = (record: PlanRecord): string => `${record.type}\u0000${record.id}`;

/** The values of one type, from a list of records. */
export function valuesOf<T extends RecordType>(
  records: readonly PlanRecord[],
  type: T,
): RecordValues[T][] {
  return records.filter((r) => r.type === type).map((r) => r.value as RecordValues[T]);
}
