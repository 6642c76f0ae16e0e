import {
  recordKey,
  toRecord,
  valuesOf,
  type DeviceKind,
  type PlanRecord,
  type RecordKey,
} from '../plan/records';
import { CHECK_KIND } from './checks';
import type { DeviceRecord, DeviceStepMark } from './device-record';

/**
 * The one-time move of the old per-kind check marks (`device-check` records, one per kind and
 * check) onto device records (issue 30): each kind's marks go to its oldest device, the newer
 * mark winning where both exist; a kind with no device gets one, labelled with the kind's name
 * and every answer "not sure". Pure: the caller writes `put` and removes `remove` in one
 * transaction, so the old marks stay until the new ones are kept. Moving twice changes nothing.
 */

export interface MovedMarks {
  /** The devices with their new marks (created ones included). */
  readonly put: readonly PlanRecord[];
  /** Every old check mark. */
  readonly remove: readonly RecordKey[];
}

/** The oldest device of a kind (then the smallest id, so two pages pick the same one). */
function oldestOf(devices: readonly DeviceRecord[], kind: DeviceKind): DeviceRecord | undefined {
  return devices
    .filter((d) => CHECK_KIND[d.kind] === kind)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0];
}

/** A new device for a kind's marks: its id is the same on every page that moves them. */
function newDevice(kind: DeviceKind, label: string, taken: ReadonlySet<string>, now: number) {
  let id = `moved-${kind}`;
  for (let n = 2; taken.has(id); n++) id = `moved-${kind}-${n}`;
  const device: DeviceRecord = {
    id,
    label,
    kind,
    holder: 'not-sure',
    setUpBy: 'not-sure',
    passcodeKnown: 'not-sure',
    sharedAccount: 'not-sure',
    signedInIds: [],
    marks: [],
    createdAt: now,
    updatedAt: now,
  };
  return device;
}

/** `marks` with `incoming` added; where both mark a step, the later one stays. */
export function mergeMarks(
  marks: readonly DeviceStepMark[],
  incoming: readonly DeviceStepMark[],
): DeviceStepMark[] {
  const byStep = new Map(marks.map((m) => [m.stepId, m]));
  for (const mark of incoming) {
    const had = byStep.get(mark.stepId);
    if (!had || mark.at > had.at) byStep.set(mark.stepId, mark);
  }
  return [...byStep.values()];
}

/**
 * What to write to move the old marks. `label` names a kind ("Android phone", from the
 * catalogue); a device made or changed here says so once (`marksMoved`).
 */
export function moveCheckMarks(
  records: readonly PlanRecord[],
  label: (kind: DeviceKind) => string,
  now: number,
): MovedMarks {
  const old = valuesOf(records, 'device-check');
  if (old.length === 0) return { put: [], remove: [] };
  const devices = valuesOf(records, 'device');
  const taken = new Set(devices.map((d) => d.id));
  const put: PlanRecord[] = [];
  for (const kind of new Set(old.map((m) => m.device))) {
    const target = oldestOf(devices, kind) ?? newDevice(kind, label(kind), taken, now);
    taken.add(target.id);
    const incoming = old
      .filter((m) => m.device === kind)
      .map(({ checkId, status, at }) => ({ stepId: checkId, status, at }));
    const marks = mergeMarks(target.marks, incoming);
    put.push(toRecord('device', { ...target, marks, marksMoved: true }));
  }
  const remove = records.flatMap((r): RecordKey[] =>
    r.type === 'device-check' ? [[r.type, r.id]] : [],
  );
  return { put, remove };
}

/** `records` with the old marks moved (what the plan reads once `moveCheckMarks` is written). */
export function withMarksMoved(
  records: readonly PlanRecord[],
  label: (kind: DeviceKind) => string,
  now: number,
): readonly PlanRecord[] {
  const { put, remove } = moveCheckMarks(records, label, now);
  if (remove.length === 0) return records;
  const changed = new Set(put.map(recordKey));
  const kept = records.filter((r) => r.type !== 'device-check' && !changed.has(recordKey(r)));
  return [...kept, ...put];
}
