import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resetOrder } from '@/lib/assessment/order';
import { buildReachGraph, reachOf, type Reach } from '@/lib/assessment/reach';
import { reachText, type Translate } from '@/lib/assessment/reach-text';
import { resolveEnglish } from '../fixtures/fake-i18n';
import { ACCOUNT_KINDS } from '@/lib/plan/kinds';
import { recommendedOrder } from '@/lib/plan/order';
import type { Assessment, PhoneLine } from '@/lib/plan/records';
import type { Account } from '@/lib/plan/types';
import { makeAccount } from '../fixtures/accounts';

const t = resolveEnglish as Translate;
const gmail = makeAccount({ id: 'gmail', name: 'Gmail', kind: 'primary-email' });
const yahoo = makeAccount({ id: 'yahoo', name: 'Yahoo Mail', kind: 'other-email' });
const bank = makeAccount({ id: 'bank', name: 'Chase', kind: 'banking' });
const carrier = makeAccount({ id: 'att', name: 'AT&T', kind: 'phone-carrier' });
const insta = makeAccount({ id: 'insta', name: 'Instagram', kind: 'social' });
const ACCOUNTS = [gmail, yahoo, bank, carrier, insta];
const line = (owner: PhoneLine['owner'], carrierAccountId?: string): PhoneLine => ({
  id: 'cell',
  label: 'My cell',
  owner,
  ...(carrierAccountId ? { carrierAccountId } : {}),
  createdAt: 1,
  updatedAt: 1,
});
const look = (accountId: string, answers: Partial<Assessment>): Assessment => ({
  accountId,
  knowsPassword: 'no',
  recoveryEmailReachable: 'no',
  securityQuestions: 'no',
  unknownDevices: 'no',
  sharedOnPurpose: 'no',
  secondSteps: [],
  updatedAt: 1,
  ...answers,
});
const names = {
  account: (id: string) => ACCOUNTS.find((a) => a.id === id)?.name ?? id,
  line: () => 'My cell',
};
const reach = (assessments: Assessment[], lines: PhoneLine[] = []) =>
  reachOf(buildReachGraph(ACCOUNTS, assessments, lines));
const say = (r: Reach | undefined) => (r ? reachText(r, names, t) : '');

describe('who can still get in', () => {
  it.each([
    {
      what: 'they know the password',
      answers: [look('bank', { knowsPassword: 'yes' })],
      lines: [],
      bank: 'They may still get in: they may know the password of Chase.',
    },
    {
      what: 'through the email that recovers the bank',
      answers: [
        look('yahoo', { knowsPassword: 'yes' }),
        look('bank', { recoveryEmailId: 'yahoo' }),
      ],
      lines: [],
      bank: 'They may still get in: they may know the password of Yahoo Mail, then Yahoo Mail is the recovery email of Chase.',
    },
    {
      what: 'the recovery phone is on their plan',
      answers: [look('bank', { recoveryLineId: 'cell' })],
      lines: [line('theirs')],
      bank: 'They may still get in: your line “My cell” is on their phone plan or a shared one, then “My cell” gets the codes and resets for Chase.',
    },
    {
      what: 'both of two ways, the shortest first',
      answers: [
        look('gmail', { knowsPassword: 'yes' }),
        look('yahoo', { recoveryEmailId: 'gmail' }),
        look('bank', { recoveryEmailId: 'yahoo', sharedOnPurpose: 'yes' }),
      ],
      lines: [],
      bank: 'They may still get in 2 ways: Chase is shared with them; they may know the password of Gmail, then Gmail is the recovery email of Yahoo Mail, then Yahoo Mail is the recovery email of Chase.',
    },
    {
      what: 'every way the answers give: a shared-plan recovery phone, unknown devices, sign-in prompts',
      answers: [
        look('bank', {
          knowsPassword: 'yes',
          unknownDevices: 'yes',
          recoveryLineId: 'cell',
          secondSteps: [{ method: 'passkey', holder: 'both' }],
        }),
      ],
      lines: [line('shared')],
      bank: 'They may still get in 4 ways: they may know the password of Chase; a device you do not know is signed in to Chase; they hold a passkey for Chase; your line “My cell” is on their phone plan or a shared one, then “My cell” gets the codes and resets for Chase.',
    },
    {
      what: 'a passkey they hold',
      answers: [look('bank', { secondSteps: [{ method: 'passkey', holder: 'them' }] })],
      lines: [],
      bank: 'They may still get in: they hold a passkey for Chase.',
    },
    {
      what: 'nothing answered',
      answers: [],
      lines: [],
      bank: 'Who can still get in is not known yet. Some questions about this account have no answer.',
    },
    {
      what: '"not sure" is an answer that leaves it unknown',
      answers: [look('bank', { knowsPassword: 'not-sure' })],
      lines: [],
      bank: 'Who can still get in is not known yet. Some questions about this account have no answer.',
    },
    {
      what: 'unknown through the account that recovers it',
      answers: [look('bank', { recoveryEmailId: 'gmail' })],
      lines: [],
      bank: 'Who can still get in is not known yet. Answer the questions about Gmail first.',
    },
    {
      what: 'every answer no: never "safe"',
      answers: [look('bank', {})],
      lines: [],
      bank: 'Your answers show no way in for them. This is not proof: lists of devices can be faked, and answers can change.',
    },
  ])('$what', ({ answers, lines, bank: expected }) => {
    expect(say(reach(answers, lines).get('bank'))).toBe(expected);
  });

  it('ignores answers that point at accounts or lines no longer in the plan', () => {
    const r = reach([look('bank', { recoveryEmailId: 'deleted', recoveryLineId: 'gone' })]);
    expect(r.get('bank')).toEqual({ state: 'none-found' });
  });

  it('follows a carrier account to the line it controls', () => {
    const r = reach(
      [look('att', { knowsPassword: 'yes' }), look('bank', { recoveryLineId: 'cell' })],
      [line('mine', 'att')],
    );
    expect(say(r.get('bank'))).toBe(
      'They may still get in: they may know the password of AT&T, then AT&T controls the line “My cell”, then “My cell” gets the codes and resets for Chase.',
    );
  });
});

describe('the order from the look', () => {
  const order = (assessments: Assessment[], lines: PhoneLine[] = []) =>
    resetOrder(ACCOUNTS, buildReachGraph(ACCOUNTS, assessments, lines));

  it('is the kind order when nothing is answered', () => {
    expect(order([]).ordered.map((a) => a.id)).toEqual(recommendedOrder(ACCOUNTS).map((a) => a.id));
  });

  it('puts first what can reset the most', () => {
    // Yahoo recovers Gmail, which recovers the bank; the carrier controls the line of Yahoo.
    const result = order(
      [
        look('gmail', { recoveryEmailId: 'yahoo' }),
        look('bank', { recoveryEmailId: 'gmail' }),
        look('yahoo', { recoveryLineId: 'cell' }),
      ],
      [line('mine', 'att')],
    );
    const ids = result.ordered.map((a) => a.id);
    expect(ids.indexOf('att')).toBeLessThan(ids.indexOf('yahoo'));
    expect(ids.indexOf('yahoo')).toBeLessThan(ids.indexOf('gmail'));
    expect(ids.indexOf('gmail')).toBeLessThan(ids.indexOf('bank'));
    expect(result.cycles).toEqual([]);
  });

  it('keeps the kind edges: the internet account before the smart home, never a loop of its own', () => {
    const net = makeAccount({ id: 'net', name: 'Xfinity', kind: 'home-internet' });
    const nest = makeAccount({ id: 'nest', name: 'Nest', kind: 'smart-home' });
    const plan = [nest, yahoo, net];
    const ids = (looks: Assessment[]) => {
      const result = resetOrder(plan, buildReachGraph(plan, looks, []));
      return { ids: result.ordered.map((a) => a.id), cycles: result.cycles };
    };
    // Yahoo recovers the internet account, so that waits; the smart home waits for it in turn.
    expect(ids([look('net', { recoveryEmailId: 'yahoo' })]).ids).toEqual(['yahoo', 'net', 'nest']);
    // Answers that put the smart home first win, and no cycle is made up from the kind edge.
    const reversed = ids([look('net', { recoveryEmailId: 'nest' })]);
    expect(reversed.ids.indexOf('nest')).toBeLessThan(reversed.ids.indexOf('net'));
    expect(reversed.cycles).toEqual([]);
  });

  it('finds a cycle and keeps its members together', () => {
    const result = order([
      look('gmail', { recoveryEmailId: 'yahoo' }),
      look('yahoo', { recoveryEmailId: 'gmail' }),
    ]);
    expect(result.cycles.map((c) => c.map((a) => a.id))).toEqual([['gmail', 'yahoo']]);
    const ids = result.ordered.map((a) => a.id);
    expect(Math.abs(ids.indexOf('gmail') - ids.indexOf('yahoo'))).toBe(1);
  });

  const accountsArb = fc
    .uniqueArray(fc.constantFrom(...'abcdefghij'), { minLength: 1, maxLength: 10 })
    .chain((ids) =>
      fc.tuple(
        fc.constant(ids),
        fc.array(fc.constantFrom(...ACCOUNT_KINDS), {
          minLength: ids.length,
          maxLength: ids.length,
        }),
        fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { maxLength: 20 }),
      ),
    )
    .map(([ids, kinds, edges]) => {
      const accounts: Account[] = ids.map((id, i) =>
        makeAccount({ id, name: id, kind: kinds[i]!, createdAt: i, updatedAt: i }),
      );
      const looks = new Map<string, Assessment>();
      // Each account has at most one recovery email: the last edge into it wins.
      for (const [from, to] of edges) looks.set(to, look(to, { recoveryEmailId: from }));
      return { accounts, looks: [...looks.values()] };
    });

  it('never puts an account before one that can reset it, unless they form a cycle', () => {
    fc.assert(
      fc.property(accountsArb, ({ accounts, looks }) => {
        const graph = buildReachGraph(accounts, looks, []);
        const { ordered, cycles } = resetOrder(accounts, graph);
        expect(ordered.map((a) => a.id).sort()).toEqual(accounts.map((a) => a.id).sort());
        const place = new Map(ordered.map((a, i) => [a.id, i]));
        const together = (x: string, y: string) =>
          cycles.some((c) => c.some((a) => a.id === x) && c.some((a) => a.id === y));
        for (const l of looks) {
          const from = l.recoveryEmailId!;
          if (from === l.accountId || together(from, l.accountId)) continue;
          expect(place.get(from)!).toBeLessThan(place.get(l.accountId)!);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('adding an edge never loses an account', () => {
    fc.assert(
      fc.property(accountsArb, fc.nat(), fc.nat(), ({ accounts, looks }, i, j) => {
        const from = accounts[i % accounts.length]!.id;
        const to = accounts[j % accounts.length]!.id;
        const more = [
          ...looks.filter((l) => l.accountId !== to),
          look(to, { recoveryEmailId: from }),
        ];
        const { ordered } = resetOrder(accounts, buildReachGraph(accounts, more, []));
        expect(new Set(ordered.map((a) => a.id)).size).toBe(accounts.length);
      }),
      { numRuns: 500 },
    );
  });
});
