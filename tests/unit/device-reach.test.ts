import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resetOrder } from '@/lib/assessment/order';
import { buildReachGraph, reachOf, type Reach } from '@/lib/assessment/reach';
import { reachText, type Translate } from '@/lib/assessment/reach-text';
import {
  DEVICE_RECORD_KINDS,
  devicesThatMayBeKnown,
  PASSCODE_KNOWN,
  SET_UP_BY,
  SHARED_ACCOUNT,
  type DeviceRecord,
} from '@/lib/device/device-record';
import { readDevice } from '@/lib/device/read-device';
import { stepsForDevice, deviceStepKeys, DEVICE_STEPS } from '@/lib/device/device-steps';
import { readRecord } from '@/lib/plan/read-records';
import { HOLDERS } from '@/lib/plan/record-choices';
import { toRecord, type PhoneLine } from '@/lib/plan/records';
import type { Account } from '@/lib/plan/types';
import { makeAccount } from '../fixtures/accounts';
import { makeDevice, makeLine, makeLook } from '../fixtures/plan-records';
import { resolveEnglish } from '../fixtures/fake-i18n';
import messages from '@/public/_locales/en/messages.json';

const t = resolveEnglish as Translate;
const gmail = makeAccount({ id: 'gmail', name: 'Gmail', kind: 'primary-email' });
const bank = makeAccount({ id: 'bank', name: 'Chase', kind: 'banking' });
const ACCOUNTS = [gmail, bank];
const CELL = makeLine();
const look = makeLook;
const phone = makeDevice;
const names = {
  account: (id: string) => ACCOUNTS.find((a) => a.id === id)?.name ?? id,
  line: () => 'My cell',
  device: () => 'My iPhone',
};
const reach = (devices: DeviceRecord[], looks = [look('gmail', { recoveryLineId: 'cell' })]) =>
  reachOf(buildReachGraph(ACCOUNTS, looks, [CELL], devices));
const say = (r: Reach | undefined) => (r ? reachText(r, names, t) : '');

describe('ways in through a device', () => {
  it('names the passcode of the phone that gets the codes', () => {
    const gmailReach = reach([phone({ passcodeKnown: 'yes', lineId: 'cell' })]).get('gmail');
    expect(say(gmailReach)).toBe(
      'They may still get in: they may know the passcode of your device “My iPhone”, then ' +
        '“My iPhone” gets the texts and calls of the line “My cell”, then “My cell” gets the ' +
        'codes and resets for Gmail.',
    );
  });

  it('without the device, the same answers show no way in', () => {
    expect(say(reach([]).get('gmail'))).toMatch(/^Your answers show no way in/);
  });

  it.each([
    [{ holder: 'them' as const }, 'they have your device “My iPhone”, or share it'],
    [
      { sharedAccount: 'shared' as const },
      '“My iPhone” uses an Apple or Google account they share',
    ],
    [{ sharedAccount: 'family-them' as const }, 'they run the family group that “My iPhone” is in'],
    [{ passcodeKnown: 'maybe' as const }, 'they may know the passcode of your device “My iPhone”'],
  ])('names every way in to a device: %o', (answers, words) => {
    const r = reach([phone({ ...answers, signedInIds: ['bank'] })], [look('bank')]).get('bank');
    expect(say(r)).toBe(`They may still get in: ${words}, then Chase is signed in on “My iPhone”.`);
  });

  it('names the device path beside the other ways in', () => {
    const r = reach(
      [phone({ passcodeKnown: 'yes', signedInIds: ['bank'] })],
      [look('bank', { knowsPassword: 'yes' })],
    ).get('bank');
    expect(r?.state === 'path' && r.ways.length).toBe(2);
    expect(say(r)).toContain('Chase is signed in on “My iPhone”');
    expect(say(r)).toContain('they may know the password of Chase');
  });

  it('"not sure" about a device that can get in leaves the account not known yet', () => {
    const r = reach([phone({ passcodeKnown: 'not-sure', signedInIds: ['bank'] })], [look('bank')]);
    expect(r.get('bank')).toMatchObject({ state: 'unknown', open: ['device'] });
    expect(say(r.get('bank'))).toBe(
      'Who can still get in is not known yet. You are not sure about a device this account is on. See your devices.',
    );
    expect(
      reach([phone({ passcodeKnown: 'no', signedInIds: ['bank'] })], [look('bank')]).get('bank'),
    ).toEqual({ state: 'none-found' });
  });

  it('ignores links to accounts and lines no longer in the plan', () => {
    const graph = buildReachGraph(
      ACCOUNTS,
      [],
      [],
      [phone({ passcodeKnown: 'yes', lineId: 'gone', signedInIds: ['gone'] })],
    );
    expect(graph.edges).toEqual([{ from: 'them', to: 'd:p1', via: 'knows-passcode' }]);
  });
});

describe('devices the other person may know', () => {
  it('are those whose passcode they know or may know, or that they set up', () => {
    const devices = [
      phone({ id: 'a', passcodeKnown: 'yes' }),
      phone({ id: 'b', passcodeKnown: 'maybe' }),
      phone({ id: 'c', setUpBy: 'them' }),
      phone({ id: 'd', passcodeKnown: 'no' }),
      phone({ id: 'e', passcodeKnown: 'not-sure', setUpBy: 'someone-else' }),
    ];
    const records = [...devices.map((d) => toRecord('device', d)), toRecord('phone-line', CELL)];
    expect(devicesThatMayBeKnown(records).map((d) => d.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('device steps', () => {
  it('on iPhone, the passcode step ends the old passcode; elsewhere it is the screen lock', () => {
    expect(stepsForDevice('iphone').map((s) => s.id)).toContain('passcode_iphone');
    expect(stepsForDevice('iphone').map((s) => s.id)).not.toContain('passcode');
    expect(stepsForDevice('windows').map((s) => s.id)).not.toContain('root_jailbreak');
    expect(stepsForDevice('other')[0]?.id).toBe('watched_device');
    const text = (messages as Record<string, { message: string }>).devstep_passcode_iphone_how;
    expect(text?.message).toContain('Expire Previous Passcode Now');
  });

  it('every step has a title, a how and a when-to-wait in the catalogue', () => {
    const catalogue = messages as Record<string, unknown>;
    for (const step of DEVICE_STEPS)
      for (const key of Object.values(deviceStepKeys(step))) expect(catalogue[key]).toBeDefined();
  });
});

const deviceArb = (accountIds: string[]) =>
  fc.record({
    id: fc.constantFrom('p1', 'p2', 'p3'),
    label: fc.constant('d'),
    kind: fc.constantFrom(...DEVICE_RECORD_KINDS),
    holder: fc.constantFrom(...HOLDERS),
    setUpBy: fc.constantFrom(...SET_UP_BY),
    passcodeKnown: fc.constantFrom(...PASSCODE_KNOWN),
    sharedAccount: fc.constantFrom(...SHARED_ACCOUNT),
    lineId: fc.constantFrom('cell', 'gone'),
    signedInIds: fc.uniqueArray(fc.constantFrom(...accountIds), { maxLength: 3 }),
    marks: fc.constant([]),
    createdAt: fc.nat(),
    updatedAt: fc.nat(),
  });

describe('the graph with devices (property tests)', () => {
  const accounts: Account[] = ['a', 'b', 'c', 'd', 'e'].map((id, i) =>
    makeAccount({ id, name: id, kind: i === 0 ? 'primary-email' : 'social', createdAt: i }),
  );
  const ids = accounts.map((a) => a.id);
  const looksArb = fc.array(
    fc.record({ to: fc.constantFrom(...ids), from: fc.constantFrom(...ids), line: fc.boolean() }),
    { maxLength: 8 },
  );
  const lines: PhoneLine[] = [{ ...CELL, carrierAccountId: 'e' }];
  const toLooks = (edges: { to: string; from: string; line: boolean }[]) => [
    ...new Map(
      edges.map((e) => [
        e.to,
        look(e.to, { recoveryEmailId: e.from, ...(e.line ? { recoveryLineId: 'cell' } : {}) }),
      ]),
    ).values(),
  ];

  it('adding a device never loses an account, nor a way in', () => {
    fc.assert(
      fc.property(looksArb, fc.array(deviceArb(ids), { maxLength: 3 }), (edges, devices) => {
        const looks = toLooks(edges);
        const before = reachOf(buildReachGraph(accounts, looks, lines));
        const graph = buildReachGraph(accounts, looks, lines, devices);
        const after = reachOf(graph);
        expect(new Set(resetOrder(accounts, graph).ordered.map((a) => a.id)).size).toBe(5);
        for (const [id, r] of before)
          if (r.state === 'path') expect(after.get(id)?.state).toBe('path');
      }),
      { numRuns: 500 },
    );
  });

  it('never orders an account before one that can reset it, unless they form a cycle', () => {
    fc.assert(
      fc.property(looksArb, fc.array(deviceArb(ids), { maxLength: 3 }), (edges, devices) => {
        const looks = toLooks(edges);
        const { ordered, cycles } = resetOrder(
          accounts,
          buildReachGraph(accounts, looks, lines, devices),
        );
        const place = new Map(ordered.map((a, i) => [a.id, i]));
        const together = (x: string, y: string) =>
          cycles.some((c) => c.some((a) => a.id === x) && c.some((a) => a.id === y));
        for (const l of looks) {
          const from = l.recoveryEmailId!;
          if (from !== l.accountId && !together(from, l.accountId))
            expect(place.get(from)!).toBeLessThan(place.get(l.accountId)!);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads back every valid device, and refuses damaged ones', () => {
    fc.assert(
      fc.property(deviceArb(ids), (device) => {
        const record = toRecord('device', device);
        expect(readRecord(JSON.parse(JSON.stringify(record)), 2e12)).toEqual(record);
      }),
      { numRuns: 300 },
    );
    const raw = { ...phone(), passcodeKnown: 'sometimes' };
    expect(readDevice(raw as never, 0)).toBeNull();
    expect(readDevice({ ...phone(), label: '  ' } as never, 0)).toBeNull();
    expect(readDevice({ ...phone(), signedInIds: [7] } as never, 0)).toBeNull();
  });
});
