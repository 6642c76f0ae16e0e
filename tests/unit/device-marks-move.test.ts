import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { DEVICE_CHECKS } from '@/lib/device/checks';
import type { DeviceRecord, DeviceRecordKind } from '@/lib/device/device-record';
import { moveCheckMarks, withMarksMoved } from '@/lib/device/move-check-marks';
import {
  DEVICE_KINDS,
  toRecord,
  valuesOf,
  type DeviceKind,
  type PlanRecord,
} from '@/lib/plan/records';
import { STEP_STATUSES } from '@/lib/plan/types';
import { createPlanStore } from '@/lib/state/plan-store';
import { openIdbStorage } from '@/lib/storage/idb-storage';
import type { PlanStorage } from '@/lib/storage/plan-storage';
import { movedDevice } from '../fixtures/moved-device';

const T = 1_700_000_000_000;
const LABELS: Record<DeviceKind, string> = {
  android: 'Android phone or tablet',
  iphone: 'iPhone or iPad',
  windows: 'Windows computer',
  mac: 'Mac',
  chromebook: 'Chromebook',
};
const label = (kind: DeviceKind) => LABELS[kind];

const device = (
  id: string,
  kind: DeviceRecordKind,
  createdAt: number,
  marks = [],
): DeviceRecord => ({
  id,
  label: `My ${id}`,
  kind,
  holder: 'me',
  setUpBy: 'me',
  passcodeKnown: 'no',
  sharedAccount: 'no',
  signedInIds: [],
  marks,
  createdAt,
  updatedAt: createdAt,
});
const check = (kind: DeviceKind, checkId: string, at: number, status: 'done' | 'na' = 'done') =>
  toRecord('device-check', { device: kind, checkId, status, at });

describe('moving the old per-kind check marks to device records', () => {
  it('creates a device named for the kind, every answer "not sure", when there is none', () => {
    const records = [
      check('android', 'android_accounts', T),
      check('android', 'android_play_protect', T + 1, 'na'),
    ];
    const after = withMarksMoved(records, label, T + 5);
    expect(after.filter((r) => r.type === 'device-check')).toEqual([]);
    const marks = [
      { stepId: 'android_accounts', status: 'done', at: T },
      { stepId: 'android_play_protect', status: 'na', at: T + 1 },
    ] as const;
    expect(valuesOf(after, 'device')).toEqual([
      movedDevice('android', 'Android phone or tablet', marks, T + 5),
    ]);
  });

  it('moves them to the oldest device of the kind, the newer mark winning', () => {
    const older = device('old', 'iphone', T - 10);
    const oldest = {
      ...device('first', 'iphone', T - 20),
      marks: [
        { stepId: 'iphone_profiles', status: 'skipped' as const, at: T + 9 },
        { stepId: 'iphone_face_id', status: 'skipped' as const, at: T - 1 },
        { stepId: 'passcode_iphone', status: 'done' as const, at: T },
      ],
    };
    const records: PlanRecord[] = [
      toRecord('device', older),
      toRecord('device', oldest),
      check('iphone', 'iphone_profiles', T + 1),
      check('iphone', 'iphone_face_id', T + 1),
      toRecord('device', device('other', 'other', T - 30)),
    ];
    const after = valuesOf(withMarksMoved(records, label, T + 50), 'device');
    expect(after.find((d) => d.id === 'old')).toEqual(older);
    expect(after.find((d) => d.id === 'other')?.marks).toEqual([]);
    const moved = after.find((d) => d.id === 'first');
    expect(moved?.marksMoved).toBe(true);
    expect(moved?.updatedAt).toBe(T - 20);
    expect(moved?.marks).toEqual([
      { stepId: 'iphone_profiles', status: 'skipped', at: T + 9 },
      { stepId: 'iphone_face_id', status: 'done', at: T + 1 },
      { stepId: 'passcode_iphone', status: 'done', at: T },
    ]);
  });

  it('never takes an id in use, and does nothing when no old mark waits', () => {
    const taken = toRecord('device', device('moved-mac', 'other', T));
    const { put } = moveCheckMarks([taken, check('mac', 'mac_users', T)], label, T);
    expect(put.map((r) => r.id)).toEqual(['moved-mac-2']);
    expect(moveCheckMarks([taken], label, T)).toEqual({ put: [], remove: [] });
  });
});

const checkIds = (kind: DeviceKind) => DEVICE_CHECKS[kind].map((c) => c.id);
const arbCheck = fc.constantFrom(...DEVICE_KINDS).chain((kind) =>
  fc.record({
    kind: fc.constant(kind),
    checkId: fc.constantFrom(...checkIds(kind)),
    status: fc.constantFrom(...STEP_STATUSES),
    at: fc.integer({ min: T, max: T + 1000 }),
  }),
);
const arbDevice = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'moved-android', 'moved-iphone'),
  kind: fc.constantFrom<DeviceRecordKind>('android', 'iphone', 'mac', 'other'),
  createdAt: fc.integer({ min: T - 100, max: T }),
  marks: fc.array(
    fc.record({
      stepId: fc.constantFrom('passcode', 'android_accounts', 'iphone_profiles', 'mac_users'),
      status: fc.constantFrom('done' as const, 'skipped' as const),
      at: fc.integer({ min: T, max: T + 1000 }),
    }),
    { maxLength: 3 },
  ),
});
const arbRecords = fc
  .tuple(
    fc.uniqueArray(arbDevice, { selector: (d) => d.id, maxLength: 4 }),
    fc.array(arbCheck, { maxLength: 12 }),
  )
  .map(([devices, checks]): PlanRecord[] => {
    const marks = new Map(checks.map((c) => [`${c.kind}:${c.checkId}`, c]));
    return [
      ...devices.map((d) => {
        const unique = new Map(d.marks.map((m) => [m.stepId, m]));
        return toRecord('device', {
          ...device(d.id, d.kind, d.createdAt),
          marks: [...unique.values()],
        });
      }),
      ...[...marks.values()].map((c) =>
        check(c.kind, c.checkId, c.at, c.status === 'done' ? 'done' : 'na'),
      ),
    ];
  });

describe('moving marks: properties', () => {
  it('is idempotent: moving again changes nothing', () => {
    fc.assert(
      fc.property(arbRecords, (records) => {
        const once = withMarksMoved(records, label, T + 2000);
        expect(moveCheckMarks(once, label, T + 3000)).toEqual({ put: [], remove: [] });
        expect(withMarksMoved(once, label, T + 3000)).toEqual(once);
      }),
    );
  });

  it('loses no mark: each old mark, or a newer one, is on a device of its kind', () => {
    fc.assert(
      fc.property(arbRecords, (records) => {
        const devices = valuesOf(withMarksMoved(records, label, T + 2000), 'device');
        for (const old of valuesOf(records, 'device-check')) {
          const kept = devices
            .filter((d) => d.kind === old.device)
            .flatMap((d) => d.marks.filter((m) => m.stepId === old.checkId));
          expect(kept.some((m) => m.at >= old.at)).toBe(true);
        }
        // Marks already on devices stay or give way only to newer ones.
        for (const before of valuesOf(records, 'device')) {
          const now = devices.find((d) => d.id === before.id)!;
          for (const m of before.marks)
            expect(now.marks.find((n) => n.stepId === m.stepId)!.at).toBeGreaterThanOrEqual(m.at);
        }
      }),
    );
  });

  it('newest wins: the kept mark is the latest of the old and its device', () => {
    fc.assert(
      fc.property(arbRecords, (records) => {
        const devices = valuesOf(withMarksMoved(records, label, T + 2000), 'device');
        // The old marks go to the oldest device of their kind only; a younger one keeps its own.
        const oldest = new Map<string, string>();
        for (const d of [...devices].sort(
          (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1),
        ))
          if (!oldest.has(d.kind)) oldest.set(d.kind, d.id);
        for (const d of devices.filter((x) => oldest.get(x.kind) === x.id))
          for (const m of d.marks) {
            const old = valuesOf(records, 'device-check').find(
              (c) => c.device === d.kind && c.checkId === m.stepId,
            );
            if (old) expect(m.at).toBeGreaterThanOrEqual(old.at);
          }
      }),
    );
  });
});

describe('moving marks in a sealed plan', () => {
  const opened: PlanStorage[] = [];
  afterEach(() => {
    for (const s of opened.splice(0)) s.close();
  });

  it('after unlock: one write moves them, the old marks go with it, and a second run does nothing', async () => {
    const name = `move-${crypto.randomUUID()}`;
    const storage = await openIdbStorage({ name, iterations: 1_000 });
    opened.push(storage);
    await storage.putRecords([check('android', 'android_accounts', T)]);
    await storage.setPassphrase('correct horse battery');
    storage.lock();
    const store = createPlanStore({ storage, now: () => T + 5 });
    await store.reload();
    expect(store.state.value).toBe('locked');
    expect(await store.moveOldCheckMarks(label)).toBe(false);
    expect(await store.unlock('correct horse battery')).toBe('ok');
    expect(await store.moveOldCheckMarks(label)).toBe(true);
    expect(await store.moveOldCheckMarks(label)).toBe(false);
    const stored = (await storage.load()).records;
    expect(stored.map((r) => r.type)).toEqual(['device']);
    expect(valuesOf(stored, 'device')[0]).toMatchObject({
      label: 'Android phone or tablet',
      marks: [{ stepId: 'android_accounts', status: 'done', at: T }],
    });
  });
});
