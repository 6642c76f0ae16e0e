import { describe, expect, it } from 'vitest';
import { toRecord } from '@/lib/plan/records';
import type { Account } from '@/lib/plan/types';
import type { PlanData } from '@/lib/storage/plan-storage';
import { exportPlan } from '@/lib/transfer/export-plan';
import { readPlanFile } from '@/lib/transfer/import-plan';
import type { DeviceRecord } from '@/lib/device/device-record';
import { clampHappenedDates } from '@/lib/transfer/clamp-dates';
import { mergePlans } from '@/lib/transfer/merge-plans';
import { diffPlans, type PlanChange } from '@/lib/transfer/plan-diff';

const NOW = 1_800_000_000_000;
const DAY = 24 * 60 * 60 * 1000;

const gmail: Account = {
  id: 'g',
  name: 'Gmail',
  site: 'gmail.com',
  kind: 'primary-email',
  position: 0,
  createdAt: 10,
  updatedAt: 10,
};
const bank: Account = {
  ...gmail,
  id: 'b',
  name: 'Bank',
  site: 'bank.example',
  kind: 'banking',
  position: 1,
};
const base: PlanData = {
  accounts: [gmail, bank],
  progress: [{ accountId: 'g', stepId: 'new_password', status: 'skipped', at: 20 }],
  records: [],
  localHelpLine: null,
};
const note = (id: string, text: string) =>
  toRecord('note', { id, author: 'person', accountId: 'g', text, at: 30 });

const cases: readonly [string, Partial<PlanData>, PlanChange[]][] = [
  ['nothing changes', {}, []],
  [
    'an account added',
    {
      accounts: [
        gmail,
        bank,
        { ...bank, id: 'n', name: 'Verizon', site: '', kind: 'phone-carrier', position: 2 },
      ],
    },
    [{ type: 'account-added', name: 'Verizon', site: '', kind: 'phone-carrier' }],
  ],
  ['an account removed', { accounts: [gmail] }, [{ type: 'account-removed', name: 'Bank' }]],
  [
    'a look-alike site',
    { accounts: [{ ...gmail, site: 'gmai1.com' }, bank] },
    [{ type: 'site-changed', name: 'Gmail', from: 'gmail.com', to: 'gmai1.com' }],
  ],
  [
    'a kind and a name changed',
    { accounts: [gmail, { ...bank, name: 'My bank', kind: 'shopping' }] },
    [
      { type: 'name-changed', from: 'Bank', to: 'My bank' },
      { type: 'kind-changed', name: 'My bank', from: 'banking', to: 'shopping' },
    ],
  ],
  [
    'a step marked done, another newly skipped',
    {
      progress: [
        { accountId: 'g', stepId: 'new_password', status: 'done', at: 40 },
        { accountId: 'b', stepId: 'new_password', status: 'skipped', at: 40 },
      ],
    },
    [
      { type: 'step-marked', name: 'Gmail', stepId: 'new_password', status: 'done' },
      { type: 'step-marked', name: 'Bank', stepId: 'new_password', status: 'skipped' },
    ],
  ],
  ['a mark whose date alone changed', { progress: [{ ...base.progress[0]!, at: 99 }] }, []],
  [
    'a mark cleared',
    { progress: [] },
    [{ type: 'step-cleared', name: 'Gmail', stepId: 'new_password' }],
  ],
  [
    'a new help line',
    { localHelpLine: { name: 'Line', phone: '555' } },
    [{ type: 'help-line', from: null, to: { name: 'Line', phone: '555' } }],
  ],
  [
    'a decision and two notes',
    {
      records: [
        toRecord('decision', { accountId: 'b', choice: 'later', note: '', at: 5 }),
        note('n1', 'one'),
        note('n2', 'two'),
      ],
    },
    [
      { type: 'decision', name: 'Bank', choice: 'later' },
      { type: 'records', recordType: 'note', count: 2 },
    ],
  ],
];

describe('diffPlans', () => {
  it.each(cases)('%s', (_, edit, expected) => {
    expect(diffPlans(base, { ...base, ...edit })).toEqual(expected);
  });

  it('a help line the file also has, unchanged, is no change', () => {
    const line = { name: 'Line', phone: '555' };
    expect(
      diffPlans({ ...base, localHelpLine: line }, { ...base, localHelpLine: { ...line } }),
    ).toEqual([]);
  });

  it('previews a merge: the file newer on Gmail gives its site, its mark and a new account', () => {
    const file: PlanData = {
      accounts: [
        { ...gmail, site: 'gmail-login.example', updatedAt: 50 },
        { ...bank, id: 'x', name: 'Instagram', site: '', kind: 'social', position: 1 },
      ],
      progress: [{ accountId: 'g', stepId: 'new_password', status: 'done', at: 60 }],
      records: [],
      localHelpLine: { name: 'Call me', phone: '000' },
    };
    expect(diffPlans(base, mergePlans(base, file, NOW))).toEqual([
      { type: 'help-line', from: null, to: { name: 'Call me', phone: '000' } },
      { type: 'site-changed', name: 'Gmail', from: 'gmail.com', to: 'gmail-login.example' },
      { type: 'account-added', name: 'Instagram', site: '', kind: 'social' },
      { type: 'step-marked', name: 'Gmail', stepId: 'new_password', status: 'done' },
    ]);
  });
});

describe('clampHappenedDates', () => {
  const ahead = NOW + DAY - 1;
  const rows: readonly [string, PlanData, (plan: PlanData) => unknown, unknown][] = [
    [
      'an account added tomorrow',
      { ...base, accounts: [{ ...gmail, createdAt: ahead, updatedAt: ahead }] },
      (p) => [p.accounts[0]!.createdAt, p.accounts[0]!.updatedAt],
      [NOW, NOW],
    ],
    [
      'a step marked tomorrow',
      { ...base, progress: [{ ...base.progress[0]!, at: ahead }] },
      (p) => p.progress[0]!.at,
      NOW,
    ],
    [
      'a decision and a note tomorrow',
      {
        ...base,
        records: [
          toRecord('decision', { accountId: 'g', choice: 'later', note: '', at: ahead }),
          { ...note('n', 'x'), value: { ...note('n', 'x').value, at: ahead } },
        ],
      },
      (p) => p.records.map((r) => (r.value as { at: number }).at),
      [NOW, NOW],
    ],
    [
      'a check-up and its answers tomorrow',
      {
        ...base,
        records: [
          toRecord('check-up', {
            id: 'c',
            startedAt: ahead,
            endedAt: ahead,
            updatedAt: ahead,
            items: [{ key: 'k', outcome: 'confirmed', at: ahead }],
          }),
        ],
      },
      (p) => p.records[0]!.value,
      {
        id: 'c',
        startedAt: NOW,
        endedAt: NOW,
        updatedAt: NOW,
        items: [{ key: 'k', outcome: 'confirmed', at: NOW }],
      },
    ],
    [
      'a device and its step marked tomorrow',
      {
        ...base,
        records: [
          toRecord('device', {
            id: 'd',
            label: 'My phone',
            kind: 'android',
            holder: 'me',
            setUpBy: 'me',
            passcodeKnown: 'no',
            sharedAccount: 'no',
            signedInIds: [],
            marks: [{ stepId: 'passcode', status: 'done', at: ahead }],
            createdAt: ahead,
            updatedAt: ahead,
          }),
        ],
      },
      (p) => {
        const { marks, createdAt, updatedAt } = p.records[0]!.value as DeviceRecord;
        return [marks[0]!.at, createdAt, updatedAt];
      },
      [NOW, NOW, NOW],
    ],
    ['dates in the past stay as they are', base, (p) => p, base],
  ];

  it.each(rows)('%s', (_, plan, pick, expected) => {
    expect(pick(clampHappenedDates(plan, NOW))).toEqual(expected);
  });

  it('an imported file is read with its marks set back to now', async () => {
    const text = await exportPlan({ ...base, progress: [{ ...base.progress[0]!, at: ahead }] });
    const result = await readPlanFile(text, text.length, undefined, NOW);
    expect(result.ok && result.plan.progress[0]!.at).toBe(NOW);
  });
});
