import { describe, expect, it } from 'vitest';
import { indexProgress } from '@/lib/plan/progress';
import { toRecord } from '@/lib/plan/records';
import { accessRemovedYet } from '@/lib/start/escalation';
import { withStartIf } from '@/lib/start/hand-over';
import { makeAccount } from '../fixtures/accounts';

const gmail = makeAccount({ id: 'gmail', kind: 'primary-email' });
const mark = (stepId: string, status: 'done' | 'skipped') =>
  indexProgress([{ accountId: 'gmail', stepId, status, at: 1 }]);

describe('before the first change that removes their access', () => {
  it('says it until a step that can lock them out is done', () => {
    expect(accessRemovedYet([gmail], indexProgress([]))).toBe(false);
    expect(accessRemovedYet([gmail], mark('new_password', 'skipped'))).toBe(false);
    expect(accessRemovedYet([gmail], mark('new_password', 'done'))).toBe(true);
  });

  it('does not count a step that only looks or writes things down', () => {
    expect(accessRemovedYet([gmail], mark('document_first', 'done'))).toBe(false);
  });
});

describe("the start's answers at a session's end", () => {
  const start = toRecord('start', { worries: ['location'], knows: [], updatedAt: 1 });
  const note = toRecord('note', { id: 'n', author: 'person', text: 'x', at: 1 });
  const data = { accounts: [], progress: [], records: [start, note], localHelpLine: null };

  it('stay in the session unless the person chooses them', () => {
    expect(withStartIf(data, false).records).toEqual([note]);
    expect(withStartIf(data, true).records).toEqual([start, note]);
  });
});
