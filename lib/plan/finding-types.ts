import type { DeviceKind } from './records';

/** Findings the person chose to keep on the plan (a record type of lib/plan/records.ts). */

/** Where a finding came from. */
export const FINDING_SOURCES = [
  'app-lookup',
  'device-check',
  'check-up',
  // "This browser": another extension, or a visit to a site on the stalkerware lists.
  'browser-extension',
  'browser-history',
] as const;
export type FindingSource = (typeof FINDING_SOURCES)[number];

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
  /** When it was seen, if known and not when it was saved (the last visit in history). */
  readonly seenAt?: number;
  readonly at: number;
}

/** A finding before it is saved: the store gives it an id and a date. */
export type FindingDraft = Omit<Finding, 'id' | 'at'>;
