import { readAccountChoices } from './account-choices';
import { readDevice } from '../device/read-device';
import { readEvidenceEntry } from '../evidence/read-entry';
import { saneDateOr } from './dates';
import {
  DEVICE_KINDS,
  FINDING_SOURCES,
  toRecord,
  type Answer,
  type CheckUpItem,
  type FindingMatch,
  type PlanRecord,
  type RecordType,
  type RecordValues,
  type SecondStep,
} from './records';
import {
  ANSWERS,
  DECISION_CHOICES,
  HOLDERS,
  PLAN_OWNERS,
  RECORD_TYPES,
  SECOND_STEP_METHODS,
} from './record-choices';
import { STEP_STATUSES } from './types';
import { readStartAnswers } from '../start/read-start';

/**
 * Reads records of the plan from storage or from an import file: untrusted input, never throws.
 * A damaged record reads as null (storage skips and counts it; an import refuses the file).
 * Unknown fields are dropped, so nothing a file smuggles in is ever kept.
 */

type Raw = Record<string, unknown>;
const isRaw = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isId = (v: unknown): v is string => isText(v, 200) && v.length > 0;
const oneOf =
  <T extends string>(list: readonly T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (list as readonly string[]).includes(v);
const isAnswer = oneOf<Answer>(ANSWERS);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Limits that keep a file from filling the page: far above any real plan. */
export const RECORD_LIMITS = {
  label: 200,
  note: 5_000,
  subject: 500,
  list: 50,
  /** Items of one check-up: a few per account, for a plan of many accounts. */
  checkUpItems: 20_000,
} as const;

const CHECK_UP_OUTCOMES = ['confirmed', 'fixed', 'skipped'] as const;

function readCheckUpItem(raw: unknown, now: number): CheckUpItem | null {
  if (!isRaw(raw) || !isText(raw.key, 500) || !raw.key) return null;
  if (!oneOf(CHECK_UP_OUTCOMES)(raw.outcome) || !isTime(raw.at)) return null;
  if (raw.found !== undefined && !isText(raw.found, RECORD_LIMITS.subject)) return null;
  const item: CheckUpItem = { key: raw.key, outcome: raw.outcome, at: saneDateOr(raw.at, now) };
  return raw.found === undefined ? item : { ...item, found: raw.found };
}

/** Copies the optional fields that pass their check; a field that fails makes the record null. */
function optional<T extends object>(raw: Raw, checks: Record<string, (v: unknown) => boolean>) {
  const out: Record<string, unknown> = {};
  for (const [field, check] of Object.entries(checks)) {
    const value = raw[field];
    if (value === undefined) continue;
    if (!check(value)) return null;
    out[field] = value;
  }
  return out as Partial<T>;
}

function readSecondStep(raw: unknown): SecondStep | null {
  if (!isRaw(raw)) return null;
  if (!oneOf(SECOND_STEP_METHODS)(raw.method) || !oneOf(HOLDERS)(raw.holder)) return null;
  if (raw.lineId !== undefined && !isId(raw.lineId)) return null;
  const step: SecondStep = { method: raw.method, holder: raw.holder };
  return raw.lineId === undefined ? step : { ...step, lineId: raw.lineId };
}

function readMatch(raw: unknown): FindingMatch | null {
  if (!isRaw(raw) || (raw.list !== 'isdi' && raw.list !== 'echap') || !isId(raw.id)) return null;
  if (raw.store !== undefined && !isText(raw.store, 100)) return null;
  const match: FindingMatch = { list: raw.list, id: raw.id };
  return raw.store === undefined ? match : { ...match, store: raw.store };
}

/** Every item of a bounded list, or null when any item is damaged. */
function readList<T>(raw: unknown, read: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(raw) || raw.length > RECORD_LIMITS.list) return null;
  const items = raw.map(read);
  return items.every((item) => item !== null) ? (items as T[]) : null;
}

type Reader<T extends RecordType> = (raw: Raw, now: number) => RecordValues[T] | null;

const READERS: { readonly [T in RecordType]: Reader<T> } = {
  'phone-line': (raw, now) => {
    if (!isId(raw.id) || !isText(raw.label, RECORD_LIMITS.label) || !raw.label.trim()) return null;
    if (!oneOf(PLAN_OWNERS)(raw.owner) || !isTime(raw.createdAt) || !isTime(raw.updatedAt))
      return null;
    const rest = optional<RecordValues['phone-line']>(raw, { carrierAccountId: isId });
    if (!rest) return null;
    return {
      id: raw.id,
      label: raw.label,
      owner: raw.owner,
      ...rest,
      createdAt: saneDateOr(raw.createdAt, now),
      updatedAt: saneDateOr(raw.updatedAt, now),
    };
  },
  assessment: (raw, now) => {
    if (!isId(raw.accountId) || !isTime(raw.updatedAt)) return null;
    const secondSteps = readList(raw.secondSteps ?? [], readSecondStep);
    const rest = optional<RecordValues['assessment']>(raw, {
      knowsPassword: isAnswer,
      signInWithId: isId,
      recoveryEmailId: isId,
      recoveryEmailReachable: isAnswer,
      recoveryLineId: isId,
      securityQuestions: isAnswer,
      unknownDevices: isAnswer,
      sharedOnPurpose: isAnswer,
    });
    if (!secondSteps || !rest) return null;
    return {
      accountId: raw.accountId,
      ...rest,
      secondSteps,
      updatedAt: saneDateOr(raw.updatedAt, now),
    };
  },
  decision: (raw, now) => {
    if (!isId(raw.accountId) || !oneOf(DECISION_CHOICES)(raw.choice)) return null;
    if (!isText(raw.note, RECORD_LIMITS.note) || !isTime(raw.at)) return null;
    return {
      accountId: raw.accountId,
      choice: raw.choice,
      note: raw.note,
      at: saneDateOr(raw.at, now),
    };
  },
  'step-event': (raw, now) => {
    if (!isId(raw.id) || !isId(raw.accountId) || !isText(raw.stepId, 100) || !raw.stepId)
      return null;
    const status = raw.status;
    if (status !== 'todo' && !oneOf(STEP_STATUSES)(status)) return null;
    if (!isTime(raw.at)) return null;
    return {
      id: raw.id,
      accountId: raw.accountId,
      stepId: raw.stepId,
      status,
      at: saneDateOr(raw.at, now),
    };
  },
  finding: (raw, now) => {
    if (!isId(raw.id) || !oneOf(FINDING_SOURCES)(raw.source)) return null;
    if (!isText(raw.subject, RECORD_LIMITS.subject) || !raw.subject.trim()) return null;
    if (!isText(raw.note, RECORD_LIMITS.note) || !isTime(raw.at)) return null;
    const matches = readList(raw.matches ?? [], readMatch);
    const rest = optional<RecordValues['finding']>(raw, {
      device: oneOf(DEVICE_KINDS),
      accountId: isId,
      verdict: oneOf(['stalkerware', 'dual-use', 'not-listed'] as const),
      seenAt: isTime,
    });
    if (!matches || !rest) return null;
    return {
      id: raw.id,
      source: raw.source,
      ...rest,
      ...(rest.seenAt !== undefined && { seenAt: saneDateOr(rest.seenAt, now) }),
      subject: raw.subject,
      matches,
      note: raw.note,
      at: saneDateOr(raw.at, now),
    };
  },
  'device-check': (raw, now) => {
    if (!oneOf(DEVICE_KINDS)(raw.device) || !isText(raw.checkId, 100) || !raw.checkId) return null;
    if (!oneOf(STEP_STATUSES)(raw.status) || !isTime(raw.at)) return null;
    return {
      device: raw.device,
      checkId: raw.checkId,
      status: raw.status,
      at: saneDateOr(raw.at, now),
    };
  },
  note: (raw, now) => {
    if (!isId(raw.id) || (raw.author !== 'person' && raw.author !== 'advocate')) return null;
    if (!isText(raw.text, RECORD_LIMITS.note) || !isTime(raw.at)) return null;
    const rest = optional<RecordValues['note']>(raw, { accountId: isId });
    if (!rest) return null;
    return { id: raw.id, author: raw.author, ...rest, text: raw.text, at: saneDateOr(raw.at, now) };
  },
  'check-up': (raw, now) => {
    if (!isId(raw.id) || !isTime(raw.startedAt) || !isTime(raw.updatedAt)) return null;
    if (raw.endedAt !== undefined && !isTime(raw.endedAt)) return null;
    if (!Array.isArray(raw.items) || raw.items.length > RECORD_LIMITS.checkUpItems) return null;
    const items = raw.items.map((item) => readCheckUpItem(item, now));
    if (!items.every((item) => item !== null)) return null;
    const checkUp = {
      id: raw.id,
      startedAt: saneDateOr(raw.startedAt, now),
      items: items as CheckUpItem[],
      updatedAt: saneDateOr(raw.updatedAt, now),
    };
    return raw.endedAt === undefined
      ? checkUp
      : { ...checkUp, endedAt: saneDateOr(raw.endedAt, now) };
  },
  device: readDevice,
  start: readStartAnswers,
  evidence: (raw) => readEvidenceEntry(raw),
  'account-choices': (raw, now) => {
    const value = readAccountChoices(raw);
    return value && { ...value, updatedAt: saneDateOr(value.updatedAt, now) };
  },
};

/**
 * One stored or imported record, or null when it is damaged or of a type this Lockstep does
 * not know. Its id and owning account are worked out again from its value, never trusted.
 */
export function readRecord(raw: unknown, now: number = Date.now()): PlanRecord | null {
  if (!isRaw(raw) || !oneOf(RECORD_TYPES)(raw.type) || !isRaw(raw.value)) return null;
  const type = raw.type;
  const value = (READERS[type] as Reader<typeof type>)(raw.value, now);
  if (value === null) return null;
  const record = toRecord(type, value as never);
  return record.id === raw.id ? record : null;
}

/** The dates a raw record carries, before they are made sane: the import refuses bad ones. */
export function rawRecordDates(raw: unknown): { field: string; at: number }[] {
  const value = isRaw(raw) && isRaw(raw.value) ? raw.value : {};
  return ['at', 'createdAt', 'updatedAt', 'seenAt'].flatMap((field) => {
    const at = value[field];
    return typeof at === 'number' ? [{ field, at }] : [];
  });
}
