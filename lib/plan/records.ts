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

/** Where a finding came from. */
export type FindingSource = 'app-lookup' | 'device-check' | 'check-up';

/** What the lists say of an app that was looked up (never "safe"). */
export type AppVerdict = 'stalkerware' | 'dual-use' | 'not-listed';

/** One entry of a bundled list an app lookup matched. */
export interface FindingMatch {
  /** Which list: the ISDI app flags or Echap's stalkerware indicators. */
  readonly list: 'isdi' | 'echap';
  /** The entry's id in that list (an app id, or the indicator's name). */
  readonly id: string;
  /** The store or platform the entry is for, when the list says. */
  readonly store?: string;
}

/** Something the person found and chose to keep on the plan. */
export interface Finding {
  readonly id: string;
  readonly source: FindingSource;
  /** The device it was found on, if any. */
  readonly device?: DeviceKind;
  /** The account it concerns, if any. */
  readonly accountId?: string;
  /** What was found, as the person typed or chose it (an app's name, a package id…). */
  readonly subject: string;
  /** For app lookups: what the lists say. */
  readonly verdict?: AppVerdict;
  readonly matches: readonly FindingMatch[];
  /** The person's own words, may be empty. */
  readonly note: string;
  readonly at: number;
}

/** A finding before it is saved: the store gives it an id and a date. */
export type FindingDraft = Omit<Finding, 'id' | 'at'>;
