import { describe, expect, it } from 'vitest';
import type { StepProgress } from '@/lib/plan/types';
import type { PlanData } from '@/lib/storage/plan-storage';
import { mergePlans } from '@/lib/transfer/merge-plans';
import { makeAccount } from '../fixtures/accounts';

const gmail = makeAccount({ id: 'g', name: 'Gmail', kind: 'primary-email', position: 0 });
const bank = makeAccount({ id: 'b', name: 'Bank', kind: 'banking', site: 'bank.example' });
const HERE: PlanData = {
  accounts: [gmail, { ...bank, position: 1 }],
  progress: [
    { accountId: 'g', stepId: 'new_password', status: 'done', at: 10 },
    { accountId: 'b', stepId: 'turn_on_mfa', status: 'skipped', at: 11 },
  ],
  records: [],
  localHelpLine: { name: 'Local', phone: '0808 2000 247' },
};
const file = (data: Partial<PlanData>): PlanData => ({
  accounts: [],
  progress: [],
  records: [],
  localHelpLine: null,
  ...data,
});
const names = (data: PlanData) => data.accounts.map((a) => [a.name, a.position]);
const record = (accountId: string, stepId: string, status: StepProgress['status'], at: number) =>
  ({ accountId, stepId, status, at }) as const;

describe('merging an imported plan', () => {
  it('pairs accounts by id: the later change wins, the place here stays', () => {
    const renamed = { ...bank, name: 'Bank (joint)', updatedAt: bank.updatedAt + 1, position: 0 };
    const older = { ...gmail, name: 'Old Gmail', updatedAt: gmail.updatedAt - 1, position: 1 };
    const merged = mergePlans(HERE, file({ accounts: [renamed, older] }));
    expect(names(merged)).toEqual([
      ['Gmail', 0],
      ['Bank (joint)', 1],
    ]);
    const tie = { ...gmail, name: 'Same time' };
    expect(names(mergePlans(HERE, file({ accounts: [tie] })))[0]).toEqual(['Gmail', 0]);
  });

  it('pairs accounts added on two devices by kind, name and site, ignoring case and spaces', () => {
    const twin = makeAccount({
      id: 'other-device',
      name: ' bank ',
      kind: 'banking',
      site: 'BANK.example',
      updatedAt: 1,
    });
    const notTwin = makeAccount({ id: 'n', name: 'Bank', kind: 'other', site: 'bank.example' });
    const merged = mergePlans(
      HERE,
      file({
        accounts: [twin, notTwin],
        progress: [
          record('other-device', 'turn_on_mfa', 'done', 20),
          record('other-device', 'bank_alerts', 'na', 5),
        ],
      }),
    );
    expect(merged.accounts.map((a) => a.id)).toEqual(['g', 'b', 'n']);
    expect(merged.progress).toContainEqual(record('b', 'turn_on_mfa', 'done', 20));
    expect(merged.progress).toContainEqual(record('b', 'bank_alerts', 'na', 5));
    expect(merged.progress.some((p) => p.accountId === 'other-device')).toBe(false);
  });

  it('pairs each account here at most once, and by id before by name', () => {
    const twinA = makeAccount({ id: 'x1', name: 'Bank', kind: 'banking', site: 'bank.example' });
    const twinB = makeAccount({ id: 'x2', name: 'Bank', kind: 'banking', site: 'bank.example' });
    const merged = mergePlans(HERE, file({ accounts: [twinA, twinB, { ...bank, position: 9 }] }));
    expect(merged.accounts.map((a) => a.id)).toEqual(['g', 'b', 'x1', 'x2']);
  });

  it('puts new accounts after the existing ones, in the recommended order', () => {
    const social = makeAccount({ id: 's', name: 'Instagram', kind: 'social', position: 0 });
    const carrier = makeAccount({ id: 'c', name: 'Carrier', kind: 'phone-carrier', position: 1 });
    const email = makeAccount({ id: 'e', name: 'Work mail', kind: 'primary-email', position: 2 });
    expect(names(mergePlans(HERE, file({ accounts: [social, carrier, email] })))).toEqual([
      ['Gmail', 0],
      ['Bank', 1],
      ['Work mail', 2],
      ['Carrier', 3],
      ['Instagram', 4],
    ]);
    expect(names(mergePlans(file({}), file({ accounts: [social, email] })))).toEqual([
      ['Work mail', 0],
      ['Instagram', 1],
    ]);
  });

  it('keeps the later decision for each step; a tie keeps the one here', () => {
    const merged = mergePlans(
      HERE,
      file({
        accounts: [gmail, bank],
        progress: [
          record('g', 'new_password', 'na', 9),
          record('b', 'turn_on_mfa', 'done', 12),
          record('g', 'document_first', 'done', 3),
        ],
      }),
    );
    expect(merged.progress).toEqual([
      record('g', 'new_password', 'done', 10),
      record('b', 'turn_on_mfa', 'done', 12),
      record('g', 'document_first', 'done', 3),
    ]);
    const tie = mergePlans(
      HERE,
      file({ accounts: [gmail], progress: [record('g', 'new_password', 'na', 10)] }),
    );
    expect(tie.progress[0]).toEqual(record('g', 'new_password', 'done', 10));
  });

  it('drops the file’s decisions about steps an account no longer has after its kind changed', () => {
    const nowOther = { ...bank, kind: 'other' as const, updatedAt: bank.updatedAt + 5 };
    const merged = mergePlans(
      HERE,
      file({
        accounts: [nowOther],
        progress: [record('b', 'bank_alerts', 'done', 50), record('b', 'new_password', 'done', 50)],
      }),
    );
    expect(merged.accounts[1]?.kind).toBe('other');
    expect(merged.progress).toEqual([...HERE.progress, record('b', 'new_password', 'done', 50)]);
  });

  it('keeps the local help line here, and takes the file’s only when there is none', () => {
    const line = { name: 'Elsewhere', phone: '1' };
    expect(mergePlans(HERE, file({ localHelpLine: line })).localHelpLine).toEqual(
      HERE.localHelpLine,
    );
    expect(mergePlans(file({}), file({ localHelpLine: line })).localHelpLine).toEqual(line);
  });

  it('changes nothing when the file is this plan', () => {
    expect(mergePlans(HERE, HERE)).toEqual(HERE);
  });
});
