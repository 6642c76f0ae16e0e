import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReachGraph } from '@/lib/assessment/reach';
import { resetOrder } from '@/lib/assessment/order';
import { ACCOUNT_KINDS } from '@/lib/plan/kinds';
import type { Assessment, PhoneLine } from '@/lib/plan/records';
import type { Account } from '@/lib/plan/types';
import { KNOWS_HOW, LIVING, WORRIES, type StartAnswers } from '@/lib/start/answers';
import { startFocus, startOrder } from '@/lib/start/priority';
import { startPlan } from '@/lib/start/start-plan';
import { makeAccount } from '../fixtures/accounts';

const look = (accountId: string, answers: Partial<Assessment>): Assessment => ({
  accountId,
  secondSteps: [],
  updatedAt: 1,
  ...answers,
});
const answers = (a: Partial<StartAnswers>): StartAnswers => ({
  worries: [],
  knows: [],
  updatedAt: 1,
  ...a,
});
const gmail = makeAccount({ id: 'gmail', kind: 'primary-email' });
const carrier = makeAccount({ id: 'att', kind: 'phone-carrier' });
const icloud = makeAccount({ id: 'icloud', kind: 'device-cloud' });
const bank = makeAccount({ id: 'bank', kind: 'banking' });
const tile = makeAccount({ id: 'tile', kind: 'trackers' });
const car = makeAccount({ id: 'car', kind: 'car' });
const PLAN = [car, bank, tile, icloud, carrier, gmail];
const ids = (list: readonly Account[]) => list.map((a) => a.id);
const order = (input: Parameters<typeof startFocus>[0], looks: Assessment[] = []) =>
  ids(startOrder(PLAN, buildReachGraph(PLAN, looks, []), input).ordered);

describe('what the start puts first', () => {
  it.each<[string, StartAnswers | null, string[]]>([
    ['skipped', null, ['reset']],
    ['nothing known', answers({}), ['reset']],
    ['they know the passcode', answers({ knows: ['passcode'] }), ['device', 'reset']],
    [
      'left, fears being found',
      answers({ living: 'left', worries: ['location'] }),
      ['location', 'reset'],
    ],
    ['left, they show up', answers({ living: 'left', knows: ['shows-up'] }), ['location', 'reset']],
    ['left, worried about money', answers({ living: 'left', worries: ['money'] }), ['reset']],
    ['still together', answers({ living: 'together' }), ['document', 'reset']],
    ['planning to leave', answers({ living: 'planning' }), ['document', 'reset']],
    [
      'device and home',
      answers({ living: 'together', knows: ['had-device'] }),
      ['device', 'document', 'reset'],
    ],
  ])('%s', (_, a, focus) => {
    expect(startFocus({ answers: a })).toEqual(focus);
  });

  it('takes "devices that may be known" from its input over the answers', () => {
    expect(startFocus({ answers: null, devicesMayBeKnown: true })).toEqual(['device', 'reset']);
    expect(
      startFocus({ answers: answers({ knows: ['passcode'] }), devicesMayBeKnown: false }),
    ).toEqual(['reset']);
  });
});

describe('the order that starts where the danger is', () => {
  it('is the reset order when nothing comes first', () => {
    expect(order({ answers: null })).toEqual(['gmail', 'att', 'icloud', 'bank', 'tile', 'car']);
  });

  it('brings location first for a person who has left and fears being found', () => {
    const a = answers({ living: 'left', worries: ['location'] });
    expect(order({ answers: a })).toEqual(['tile', 'icloud', 'car', 'gmail', 'att', 'bank']);
  });

  it('brings what can reset a location account forward with it', () => {
    const a = answers({ living: 'left', worries: ['location'] });
    const looks = [look('tile', { recoveryEmailId: 'gmail' })];
    expect(order({ answers: a }, looks).slice(0, 2)).toEqual(['gmail', 'tile']);
  });

  it('brings the phone account first when a device may be known', () => {
    expect(order({ answers: answers({ knows: ['passcode'] }) })[0]).toBe('icloud');
  });

  it('brings forward the kinds each worry and each "how they know" answer points to', () => {
    expect(order({ answers: answers({ worries: ['money'] }) })[0]).toBe('bank');
    expect(order({ answers: answers({ knows: ['phone-plan'] }) })[0]).toBe('att');
    // Worries first, then "how they know"; the rest stays in reset order.
    const both = answers({ worries: ['children'], knows: ['phone-plan'] });
    expect(order({ answers: both })).toEqual(['tile', 'att', 'gmail', 'icloud', 'bank', 'car']);
  });

  it('still puts what can reset a brought-forward account before it', () => {
    const looks = [look('bank', { recoveryEmailId: 'gmail' })];
    expect(order({ answers: answers({ worries: ['money'] }) }, looks).slice(0, 2)).toEqual([
      'gmail',
      'bank',
    ]);
  });
});

describe('the three things to do first', () => {
  const things = (a: StartAnswers | null, looks: Assessment[] = []) =>
    startPlan(PLAN, looks, [], { answers: a }).things;

  it('starts with location for a person who has left and fears being found', () => {
    expect(things(answers({ living: 'left', worries: ['location'] }))).toEqual([
      { kind: 'account', id: 'tile', why: 'location' },
      { kind: 'account', id: 'icloud', why: 'next-in-order' },
      { kind: 'account', id: 'car', why: 'next-in-order' },
    ]);
  });

  it('asks to add a location account when the plan has none', () => {
    const plan = startPlan([gmail], [], [], {
      answers: answers({ living: 'left', worries: ['location'] }),
    });
    expect(plan.things[0]).toEqual({ kind: 'add-location' });
  });

  it('starts with the device, then writing things down and an advocate, for a person at home', () => {
    const a = answers({ living: 'together', knows: ['passcode'] });
    expect(things(a).map((t) => t.kind)).toEqual(['device', 'document', 'advocate']);
  });

  it('leads to the impersonation journey when they post or act as the person', () => {
    const a = answers({ living: 'together', worries: ['acts-as-me'] });
    expect(things(a).map((t) => t.kind)).toEqual(['document', 'advocate', 'impersonation']);
    expect(things(answers({ worries: ['acts-as-me'] }))[0]).toEqual({ kind: 'impersonation' });
  });

  it('says why from the graph: a way in, or how many accounts it can reset', () => {
    const looks = [
      look('bank', { recoveryEmailId: 'gmail' }),
      look('gmail', { knowsPassword: 'yes' }),
    ];
    expect(things(null, looks)).toEqual([
      { kind: 'account', id: 'gmail', why: 'way-in' },
      { kind: 'account', id: 'att', why: 'next-in-order' },
      { kind: 'account', id: 'icloud', why: 'next-in-order' },
    ]);
    expect(things(null, [look('bank', { recoveryEmailId: 'gmail' })])[0]).toEqual({
      kind: 'account',
      id: 'gmail',
      why: 'resets-others',
      count: 1,
    });
  });

  it('is empty for an empty plan with nothing first', () => {
    expect(startPlan([], [], [], { answers: null }).things).toEqual([]);
  });
});

describe('the order, for any plan and any answers', () => {
  const answersArb = fc.option(
    fc.record({
      worries: fc.subarray([...WORRIES]),
      living: fc.option(fc.constantFrom(...LIVING), { nil: undefined }),
      knows: fc.subarray([...KNOWS_HOW]),
      updatedAt: fc.constant(1),
    }),
    { nil: null },
  );
  const planArb = fc
    .uniqueArray(fc.constantFrom(...'abcdefghij'), { minLength: 1, maxLength: 10 })
    .chain((keys) =>
      fc.tuple(
        fc.constant(keys),
        fc.array(fc.constantFrom(...ACCOUNT_KINDS), {
          minLength: keys.length,
          maxLength: keys.length,
        }),
        fc.array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...keys)), { maxLength: 20 }),
        fc.array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...keys)), { maxLength: 6 }),
      ),
    )
    .map(([keys, kinds, emails, phones]) => {
      const accounts = keys.map((id, i) => makeAccount({ id, kind: kinds[i]!, createdAt: i }));
      // A line per carrier: "whoever controls the carrier can reset what the line recovers".
      const lines: PhoneLine[] = phones.map(([from], i) => ({
        id: `l${i}`,
        label: `Line ${i}`,
        carrierAccountId: from,
        owner: 'mine',
        createdAt: 0,
        updatedAt: 0,
      }));
      const looks = new Map<string, Assessment>();
      for (const [from, to] of emails) looks.set(to, look(to, { recoveryEmailId: from }));
      phones.forEach(([, to], i) =>
        looks.set(to, { ...(looks.get(to) ?? look(to, {})), recoveryLineId: `l${i}` }),
      );
      return { accounts, looks: [...looks.values()], lines };
    });

  it('is a permutation, and, whatever the worries and "how they know" answers, never puts an account before one that can reset it unless in a cycle', () => {
    fc.assert(
      fc.property(planArb, answersArb, fc.boolean(), ({ accounts, looks, lines }, a, known) => {
        const graph = buildReachGraph(accounts, looks, lines);
        const { ordered } = startOrder(accounts, graph, { answers: a, devicesMayBeKnown: known });
        expect(ids(ordered).sort()).toEqual(ids(accounts).sort());
        const { cycles } = resetOrder(accounts, graph);
        const together = (x: string, y: string) =>
          cycles.some((c) => c.some((m) => m.id === x) && c.some((m) => m.id === y));
        const place = new Map(ordered.map((m, i) => [m.id, i]));
        const carrierOf = new Map(lines.map((l) => [l.id, l.carrierAccountId!]));
        for (const l of looks) {
          const froms = [l.recoveryEmailId, l.recoveryLineId && carrierOf.get(l.recoveryLineId)];
          for (const from of froms) {
            if (!from || from === l.accountId || together(from, l.accountId)) continue;
            expect(place.get(from)!).toBeLessThan(place.get(l.accountId)!);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives at most three things, none twice', () => {
    fc.assert(
      fc.property(planArb, answersArb, ({ accounts, looks, lines }, a) => {
        const { things } = startPlan(accounts, looks, lines, { answers: a });
        expect(things.length).toBeLessThanOrEqual(3);
        const keys = things.map((t) => (t.kind === 'account' ? t.id : t.kind));
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 300 },
    );
  });
});
