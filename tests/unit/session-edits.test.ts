import { describe, expect, it } from 'vitest';
import type { PlanRecord } from '@/lib/plan/records';
import { DEFAULT_SETTINGS } from '@/lib/plan/types';
import * as edits from '@/lib/storage/session-edits';
import type { SessionState } from '@/lib/storage/session-state';
import { makeAccount } from '../fixtures/accounts';

const note = (id: string, text: string, accountId?: string): PlanRecord => ({
  type: 'note',
  id,
  ...(accountId ? { accountId } : {}),
  value: { id, author: 'advocate', ...(accountId ? { accountId } : {}), text, at: 1 },
});

const gmail = makeAccount({ name: 'Gmail', kind: 'primary-email', site: 'gmail.com' });
const bank = makeAccount({ name: 'Bank', kind: 'banking', site: 'bank.example' });
const state: SessionState = {
  startedAt: 1,
  accounts: [gmail, bank],
  progress: [{ accountId: bank.id, stepId: 'new-password', status: 'done', at: 2 }],
  records: [note('n1', 'first', bank.id), note('n2', 'second')],
  settings: DEFAULT_SETTINGS,
};

describe('session edits (pure)', () => {
  it('marks a step once: a new mark of the same step replaces the old, with its records', () => {
    const next = edits.putProgress(
      { accountId: bank.id, stepId: 'new-password', status: 'skipped', at: 3 },
      [note('n1', 'changed', bank.id)],
    )(state);
    expect(next.progress).toEqual([
      { accountId: bank.id, stepId: 'new-password', status: 'skipped', at: 3 },
    ]);
    expect(next.records.map((r) => (r.type === 'note' ? r.value.text : ''))).toEqual([
      'changed',
      'second',
    ]);
    expect(state.progress[0]?.status).toBe('done'); // the old state is left as it was
  });

  it('removes an account with its progress and records, and nothing else', () => {
    const next = edits.deleteAccount(bank.id)(state);
    expect(next.accounts.map((a) => a.name)).toEqual(['Gmail']);
    expect(next.progress).toEqual([]);
    expect(next.records.map((r) => r.id)).toEqual(['n2']);
  });

  it('removes records by type and id, and unmarks a step', () => {
    expect(
      edits
        .deleteRecords([['note', 'n2']])(state)
        .records.map((r) => r.id),
    ).toEqual(['n1']);
    expect(edits.deleteProgress(bank.id, 'new-password')(state).progress).toEqual([]);
  });

  it('replaces the plan but keeps the settings, save the local help line', () => {
    const line = { name: 'Help line', phone: '555 0100' };
    const next = edits.replacePlan({
      accounts: [gmail],
      progress: [],
      records: [],
      localHelpLine: line,
    })(edits.putSetting('discreet', true)(state));
    expect(next.accounts).toEqual([gmail]);
    expect(next.records).toEqual([]);
    expect(next.settings.discreet).toBe(true);
    expect(next.settings.localHelpLine).toEqual(line);
  });
});
