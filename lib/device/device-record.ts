import { valuesOf, type Holder, type PlanRecord } from '../plan/records';
import type { StepStatus } from '../plan/types';

/**
 * A device of the person's as a record of its own (issue 30): the label they choose, its kind,
 * who set it up, whether the other person knows its passcode, whether it shares an Apple or
 * Google account, and its steps' marks. Kept with the plan: sealed, exported, merged, erased.
 * Pure types; the reader is lib/device/read-device.ts.
 */

/** iPhone or iPad, Android, a computer, or something else (a watch, a tablet…). */
export const DEVICE_RECORD_KINDS = [
  'iphone',
  'android',
  'windows',
  'mac',
  'chromebook',
  'other',
] as const;
export type DeviceRecordKind = (typeof DEVICE_RECORD_KINDS)[number];

export const SET_UP_BY = ['me', 'them', 'someone-else', 'not-sure'] as const;
export type SetUpBy = (typeof SET_UP_BY)[number];

export const PASSCODE_KNOWN = ['yes', 'maybe', 'no', 'not-sure'] as const;
export type PasscodeKnown = (typeof PASSCODE_KNOWN)[number];

/**
 * The Apple or Google account the device is signed in to: the person's own, one they share with
 * the other person, a family group the other person organizes, a family group someone else
 * organizes.
 */
export const SHARED_ACCOUNT = ['no', 'shared', 'family-them', 'family-other', 'not-sure'] as const;
export type SharedAccount = (typeof SHARED_ACCOUNT)[number];

/** One of a device's steps, marked like a plan step. */
export interface DeviceStepMark {
  readonly stepId: string;
  readonly status: StepStatus;
  readonly at: number;
}

export interface DeviceRecord {
  readonly id: string;
  /** "My phone", "Old laptop"… the person's own words. */
  readonly label: string;
  readonly kind: DeviceRecordKind;
  /** Who has the device now. */
  readonly holder: Holder;
  readonly setUpBy: SetUpBy;
  readonly passcodeKnown: PasscodeKnown;
  readonly sharedAccount: SharedAccount;
  /** The phone line whose texts and calls this device gets, if any. */
  readonly lineId?: string;
  /** Accounts of the plan signed in on this device. */
  readonly signedInIds: readonly string[];
  readonly marks: readonly DeviceStepMark[];
  /** The old per-kind check marks were just moved here (lib/device/move-check-marks.ts): said once. */
  readonly marksMoved?: true;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** The other person knows or may know its passcode, or they set it up. */
export const mayBeKnown = (d: DeviceRecord): boolean =>
  d.passcodeKnown === 'yes' || d.passcodeKnown === 'maybe' || d.setUpBy === 'them';

/**
 * The plan's devices the other person may know (`mayBeKnown`), from its records. For the start's
 * order (lib/start): these come before any password change.
 */
export function devicesThatMayBeKnown(records: readonly PlanRecord[]): DeviceRecord[] {
  return valuesOf(records, 'device').filter(mayBeKnown);
}
