import { describe, expect, it } from 'vitest';
import {
  intakeNote,
  keepSessionWork,
  keptPlan,
  readSavedPlan,
  withRecord,
} from '@/lib/advocate/session-end';
import { toRecord } from '@/lib/plan/records';
import { DEFAULT_SETTINGS } from '@/lib/plan/types';
import { openIdbStorage } from '@/lib/storage/idb-storage';
import { createMemoryStorage } from '@/lib/storage/memory-storage';
import { LockedError, type PlanData, type PlanStorage } from '@/lib/storage/plan-storage';
import {
  createSessionStorage,
  saveIntake,
  startSession,
  type SessionArea,
} from '@/lib/storage/session-storage';
import { diffPlans } from '@/lib/transfer/plan-diff';
import { makeAccount } from '../fixtures/accounts';

function fakeArea(): SessionArea {
  const items = new Map<string, unknown>();
  return {
    get: (key) => Promise.resolve(items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: (values) => {
      for (const [k, v] of Object.entries(values)) items.set(k, structuredClone(v));
      return Promise.resolve();
    },
    remove: (key) => Promise.resolve(void items.delete(key)),
  };
}

const gmail = makeAccount({ name: 'Gmail', kind: 'primary-email', site: 'gmail.com' });

/** A saved plan with Gmail; a session started from a copy of it that did some work. */
async function sessionFromCopy(saved: PlanStorage) {
  await saved.putAccounts([gmail]);
  const area = fakeArea();
  await startSession(area, await readSavedPlan(saved), DEFAULT_SETTINGS);
  await saveIntake(area, { legal: 'yes' });
  const session = createSessionStorage(area);
  const bank = makeAccount({ name: 'Bank', kind: 'banking', site: 'bank.example' });
  await session.putAccounts([bank]);
  await session.putProgress({
    accountId: gmail.id,
    stepId: 'new_password',
    status: 'done',
    at: Date.UTC(2026, 0, 1),
  });
  const note = toRecord('note', { id: 'n', author: 'advocate', text: 'court Friday', at: 5 });
  await session.putRecords([note]);
  const snap = await session.load();
  const work: PlanData = { ...snap, localHelpLine: snap.settings.localHelpLine };
  return { work, bank };
}

describe('the end of a session', () => {
  it('keeps the session’s account and mark in the saved plan, without the advocate’s notes or the answers', async () => {
    const saved = createMemoryStorage();
    const { work, bank } = await sessionFromCopy(saved);
    const before = await readSavedPlan(saved);
    expect(diffPlans(before, keptPlan(before, work, false))).toEqual([
      { type: 'account-added', name: 'Bank', site: 'bank.example', kind: 'banking' },
      { type: 'step-marked', name: 'Gmail', stepId: 'new_password', status: 'done' },
    ]);

    await keepSessionWork(saved, work, false);
    const after = await saved.load();
    expect(after.accounts.map((a) => a.id)).toEqual([gmail.id, bank.id]);
    expect(after.progress).toMatchObject([
      { accountId: gmail.id, stepId: 'new_password', status: 'done' },
    ]);
    expect(after.records).toEqual([]);
    expect(JSON.stringify(after)).not.toContain('legal');
  });

  it('keeps the advocate’s notes when the person chooses them', async () => {
    const saved = createMemoryStorage();
    const { work } = await sessionFromCopy(saved);
    await keepSessionWork(saved, work, true);
    expect((await saved.load()).records.map((r) => r.type)).toEqual(['note']);
  });

  it('keeps into a locked saved plan once it is unlocked, and it stays sealed', async () => {
    const name = `session-end-${Math.random()}`;
    const first = await openIdbStorage({ name, iterations: 1_000 });
    const { work } = await sessionFromCopy(first);
    await first.setPassphrase('river copper lantern');
    first.close();
    // Opened fresh, as the session's page opens it: locked, which only a read tells.
    const saved = await openIdbStorage({ name });
    await expect(keepSessionWork(saved, work, false)).rejects.toBeInstanceOf(LockedError);
    await saved.unlock('river copper lantern');
    await keepSessionWork(saved, work, false);
    expect(saved.lockState()).toBe('unlocked');
    expect((await saved.load()).accounts.map((a) => a.name)).toEqual(['Gmail', 'Bank']);
    saved.close();
  });

  it('keeps the intake’s answers only when chosen, as one note of the person’s own', async () => {
    const saved = createMemoryStorage();
    const { work } = await sessionFromCopy(saved);
    const line = (question: string, answer: string) => `${question}: ${answer}`;
    expect(intakeNote({}, line, 'i', 7)).toBeNull();
    const note = intakeNote({ legal: 'yes', children: 'not-sure' }, line, 'i', 7);
    await keepSessionWork(saved, withRecord(work, note), false);
    expect((await saved.load()).records).toEqual([
      {
        type: 'note',
        id: 'i',
        value: { id: 'i', author: 'person', text: 'children: not-sure\nlegal: yes', at: 7 },
      },
    ]);
  });
});
