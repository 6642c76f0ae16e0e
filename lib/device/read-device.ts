import { saneDateOr } from '../plan/dates';
import { HOLDERS } from '../plan/record-choices';
import { STEP_STATUSES } from '../plan/types';
import {
  DEVICE_RECORD_KINDS,
  PASSCODE_KNOWN,
  SET_UP_BY,
  SHARED_ACCOUNT,
  type DeviceRecord,
  type DeviceStepMark,
} from './device-record';

/**
 * Reads a device record from storage or an import file: untrusted input, never throws. A damaged
 * record reads as null; unknown fields are dropped.
 */

type Raw = Record<string, unknown>;
const isRaw = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const oneOf =
  <T extends string>(list: readonly T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (list as readonly string[]).includes(v);

/** Far above a real device: its steps, its accounts. */
const MAX_LIST = 200;
const MAX_LABEL = 200;

function readMark(raw: unknown, now: number): DeviceStepMark | null {
  if (!isRaw(raw) || !isId(raw.stepId) || raw.stepId.length > 100) return null;
  if (!oneOf(STEP_STATUSES)(raw.status) || !isTime(raw.at)) return null;
  return { stepId: raw.stepId, status: raw.status, at: saneDateOr(raw.at, now) };
}

function readList<T>(raw: unknown, read: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(raw) || raw.length > MAX_LIST) return null;
  const items = raw.map(read);
  return items.every((item) => item !== null) ? (items as T[]) : null;
}

/** One device, or null when any field is damaged. */
export function readDevice(raw: Raw, now: number): DeviceRecord | null {
  if (!isId(raw.id) || typeof raw.label !== 'string' || !raw.label.trim()) return null;
  if (raw.label.length > MAX_LABEL || !oneOf(DEVICE_RECORD_KINDS)(raw.kind)) return null;
  if (!oneOf(HOLDERS)(raw.holder) || !oneOf(SET_UP_BY)(raw.setUpBy)) return null;
  if (!oneOf(PASSCODE_KNOWN)(raw.passcodeKnown) || !oneOf(SHARED_ACCOUNT)(raw.sharedAccount))
    return null;
  if (raw.lineId !== undefined && !isId(raw.lineId)) return null;
  if (!isTime(raw.createdAt) || !isTime(raw.updatedAt)) return null;
  const signedInIds = readList(raw.signedInIds ?? [], (v) => (isId(v) ? v : null));
  const marks = readList(raw.marks ?? [], (v) => readMark(v, now));
  if (!signedInIds || !marks) return null;
  return {
    id: raw.id,
    label: raw.label,
    kind: raw.kind,
    holder: raw.holder,
    setUpBy: raw.setUpBy,
    passcodeKnown: raw.passcodeKnown,
    sharedAccount: raw.sharedAccount,
    ...(raw.lineId === undefined ? {} : { lineId: raw.lineId }),
    signedInIds: [...new Set(signedInIds)],
    marks,
    ...(raw.marksMoved === true ? { marksMoved: true as const } : {}),
    createdAt: saneDateOr(raw.createdAt, now),
    updatedAt: saneDateOr(raw.updatedAt, now),
  };
}
