import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapGraph, type MapInput } from '@/lib/assessment/map-graph';
import { BOX, mapLayout, type Box, type MapLayout } from '@/lib/assessment/map-layout';
import { buildReachGraph, reachOf } from '@/lib/assessment/reach';
import type { DeviceRecord } from '@/lib/device/device-record';
import { ACCOUNT_KINDS } from '@/lib/plan/kinds';
import type { PhoneLine } from '@/lib/plan/records';
import type { Account } from '@/lib/plan/types';
import { makeDevice, makeLine, makeLook } from '../fixtures/plan-records';

const account = (i: number, kind = ACCOUNT_KINDS[i % ACCOUNT_KINDS.length]!): Account => ({
  id: `a${i}`,
  name: `Account ${i}`,
  site: '',
  kind,
  position: i,
  createdAt: i,
  updatedAt: i,
});
const look = makeLook;
const line = (i: number, owner: PhoneLine['owner'] = 'mine'): PhoneLine =>
  makeLine({ id: `l${i}`, label: `Line ${i}`, owner, createdAt: i, updatedAt: i });
const device = (i: number, answers: Partial<DeviceRecord> = {}): DeviceRecord =>
  makeDevice({ id: `d${i}`, label: `Device ${i}`, createdAt: i, updatedAt: i, ...answers });

/** A plan from random numbers: recovery emails, lines, sign-in-with, devices; loops allowed. */
const plans = fc
  .record({
    n: fc.integer({ min: 1, max: 24 }),
    lines: fc.integer({ min: 0, max: 5 }),
    devices: fc.integer({ min: 0, max: 3 }),
    picks: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { maxLength: 24 }),
  })
  .map(({ n, lines: nl, devices: nd, picks }): MapInput => {
    const accounts = Array.from({ length: n }, (_, i) => account(i));
    const lines = Array.from({ length: nl }, (_, i) => line(i, i % 3 ? 'mine' : 'shared'));
    const devices = Array.from({ length: nd }, (_, i) =>
      device(i, {
        passcodeKnown: i % 2 ? 'not-sure' : 'yes',
        lineId: nl ? `l${i % nl}` : undefined,
        signedInIds: [`a${i % n}`],
      }),
    );
    const looks = accounts.map((a, i) => {
      const [e, l, s, k] = picks[i] ?? [i, 0, 0, 1];
      return look(a.id, {
        recoveryEmailId: `a${e % n}`,
        recoveryLineId: nl && l % 2 ? `l${l % nl}` : undefined,
        signInWithId: s % 3 === 0 ? `a${s % n}` : undefined,
        knowsPassword: k % 5 === 0 ? 'yes' : k % 7 === 0 ? 'not-sure' : 'no',
      });
    });
    return { accounts, lines, devices, graph: buildReachGraph(accounts, looks, lines, devices) };
  });

const overlap = (a: Box, b: Box) =>
  a.x < b.x + BOX.w && b.x < a.x + BOX.w && a.y < b.y + BOX.h && b.y < a.y + BOX.h;
const onBox = (box: Box, x: number, y: number) =>
  (x === box.x || x === box.x + BOX.w) && y >= box.y && y <= box.y + BOX.h;
const keys = (edges: readonly { from: string; via: string; to: string }[]) =>
  edges.map((e) => `${e.from} ${e.via} ${e.to}`);
const layoutOf = (input: MapInput): MapLayout => mapLayout(mapGraph(input));

describe('the map layout', () => {
  it('never overlaps two boxes', () => {
    fc.assert(
      fc.property(plans, (input) => {
        const { boxes } = layoutOf(input);
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++)
            expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
      }),
    );
  });

  it("puts every line's two ends on its two nodes' boxes, inside the drawing", () => {
    fc.assert(
      fc.property(plans, (input) => {
        const layout = layoutOf(input);
        const at = new Map(layout.boxes.map((b) => [b.node.id, b]));
        for (const e of layout.edges) {
          expect(onBox(at.get(e.edge.from)!, e.x1, e.y1)).toBe(true);
          expect(onBox(at.get(e.edge.to)!, e.x2, e.y2)).toBe(true);
          expect(Math.max(e.x1, e.x2)).toBeLessThanOrEqual(layout.width);
        }
        for (const b of layout.boxes) expect(b.y + BOX.h).toBeLessThanOrEqual(layout.height);
      }),
    );
  });

  it('draws every graph edge once, and the dashed "not known yet" links apart', () => {
    fc.assert(
      fc.property(plans, (input) => {
        const layout = layoutOf(input);
        const solid = layout.edges.filter((e) => !e.dashed).map((e) => e.edge);
        expect(keys(solid).sort()).toEqual([...new Set(keys(input.graph.edges))].sort());
        for (const e of layout.edges.filter((l) => l.dashed)) expect(e.edge.via).toBe('not-known');
      }),
    );
  });

  it('gives the same plan the same coordinates, whatever order the records come in', () => {
    fc.assert(
      fc.property(plans, (input) => {
        const shuffled = {
          ...input,
          accounts: [...input.accounts].reverse(),
          lines: [...input.lines].reverse(),
          devices: [...input.devices].reverse(),
        };
        const place = (l: MapLayout) => l.boxes.map((b) => `${b.node.id}@${b.x},${b.y}`).sort();
        expect(place(layoutOf(shuffled))).toEqual(place(layoutOf(input)));
        expect(layoutOf(input)).toEqual(layoutOf(input));
      }),
    );
  });

  it('layers by the longest path from the other person and marks loops', () => {
    const accounts = [0, 1, 2, 3].map((i) => account(i, 'primary-email'));
    const looks = [
      look('a0', { knowsPassword: 'yes' }),
      look('a1', { recoveryEmailId: 'a0' }),
      look('a2', { recoveryEmailId: 'a3' }),
      look('a3', { recoveryEmailId: 'a2', signInWithId: 'a1' }),
    ];
    const graph = buildReachGraph(accounts, looks, []);
    const layout = mapLayout(mapGraph({ accounts, lines: [], devices: [], graph }));
    const layer = new Map(layout.boxes.map((b) => [b.node.id, b.layer]));
    expect([layer.get('them'), layer.get('a:a0'), layer.get('a:a1')]).toEqual([0, 1, 2]);
    expect(layer.get('a:a2')).toBe(3);
    expect(layer.get('a:a3')).toBe(3);
    expect(layout.cycles).toEqual([['a:a2', 'a:a3']]);
    const loop = layout.edges.filter((e) => e.cycle).map((e) => e.edge.via);
    expect(loop).toEqual(['recovery-email', 'recovery-email']);
    expect(layout.edges.find((e) => e.edge.from === 'them')?.fromThem).toBe(true);
  });
});

describe('large plans', () => {
  const big = (n: number) => {
    const accounts = Array.from({ length: n }, (_, i) =>
      account(i, i < 4 ? 'shopping' : i < 6 ? 'games' : 'primary-email'),
    );
    // The shopping and games accounts: no way in found, except games 5 which is not known yet.
    const looks = accounts
      .filter((a) => a.id !== 'a5')
      .map((a, i) => look(a.id, { knowsPassword: i >= 6 && i % 2 ? 'yes' : 'no' }));
    const graph = buildReachGraph(accounts, looks, []);
    const noWayFound = new Set(
      [...reachOf(graph)].filter(([, r]) => r.state === 'none-found').map(([id]) => id),
    );
    return mapGraph({ accounts, lines: [], devices: [], graph, noWayFound });
  };

  it('folds kind groups with no way in found into one counted node, from 50 accounts', () => {
    const graph = big(60);
    const folds = graph.nodes.filter((n) => n.kind === 'fold');
    const shopping = folds.find((n) => n.accountKind === 'shopping');
    expect(shopping?.count).toBe(4);
    // "Not known yet" never folds.
    expect(graph.nodes.some((n) => n.id === 'a:a5')).toBe(true);
    expect(graph.unknown.some((e) => e.to === 'a:a5')).toBe(true);
    expect(graph.nodes.some((n) => n.id === 'a:a0')).toBe(false);
  });

  it('folds nothing under 50 accounts', () => {
    expect(big(49).nodes.some((n) => n.kind === 'fold')).toBe(false);
  });
});
