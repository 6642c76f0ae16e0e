import { openDB } from 'idb';
import { rawText } from '../fixtures/raw-database';
import { afterEach, describe, expect, it } from 'vitest';
import { deriveKey, newKdfParams, seal } from '@/lib/crypto/seal';
import { readRecord } from '@/lib/plan/read-records';
import { toRecord, type PlanRecord } from '@/lib/plan/records';
import { createPlanStore } from '@/lib/state/plan-store';
import { openIdbStorage } from '@/lib/storage/idb-storage';
import { createMemoryStorage } from '@/lib/storage/memory-storage';
import type { PlanData, PlanStorage } from '@/lib/storage/plan-storage';
import { exportPlan } from '@/lib/transfer/export-plan';
import { readPlanFile, type ImportResult } from '@/lib/transfer/import-plan';
import { mergePlans } from '@/lib/transfer/merge-plans';
import { makeAccount } from '../fixtures/accounts';

const T = 1_700_000_000_000;
const GMAIL = makeAccount({ id: 'g', name: 'Gmail', kind: 'primary-email', site: 'gmail.com' });
const CARRIER = makeAccount({ id: 'c', name: 'Verizon', kind: 'phone-carrier' });

const LINE = toRecord('phone-line', {
  id: 'l1',
  label: 'My cell canary-line-7',
  carrierAccountId: 'c',
  owner: 'shared',
  createdAt: T,
  updatedAt: T,
});
const ASSESSMENT = toRecord('assessment', {
  accountId: 'g',
  knowsPassword: 'not-sure',
  recoveryLineId: 'l1',
  secondSteps: [{ method: 'text-or-call', holder: 'them', lineId: 'l1' }],
  updatedAt: T,
});
const DECISION = toRecord('decision', {
  accountId: 'c',
  choice: 'later',
  note: 'after the hearing',
  at: T,
});
const EVENT = toRecord('step-event', {
  id: 'e1',
  accountId: 'g',
  stepId: 'retired_step_kept',
  status: 'done',
  at: T,
});
const FINDING = toRecord('finding', {
  id: 'f1',
  source: 'app-lookup',
  device: 'android',
  subject: 'com.example.spy canary-finding-3',
  verdict: 'stalkerware',
  matches: [{ list: 'isdi', id: 'com.example.spy', store: 'play' }],
  note: '',
  at: T,
});
const CHECK = toRecord('device-check', {
  device: 'android',
  checkId: 'device_admin',
  status: 'done',
  at: T,
});
const NOTE = toRecord('note', {
  id: 'n1',
  author: 'advocate',
  accountId: 'g',
  text: 'Ask about the tablet',
  at: T,
});
const CHECK_UP = toRecord('check-up', {
  id: 'cu1',
  startedAt: T,
  endedAt: T + 1,
  items: [
    {
      key: 'step:g:email_forwarding',
      outcome: 'fixed',
      found: 'A forwarding rule was back',
      at: T,
    },
    { key: 'question:g:unknownDevices', outcome: 'confirmed', at: T + 1 },
  ],
  updatedAt: T + 1,
});
const RECORDS: PlanRecord[] = [LINE, ASSESSMENT, DECISION, EVENT, FINDING, CHECK, NOTE, CHECK_UP];
const PLAN: PlanData = {
  accounts: [
    { ...GMAIL, position: 0 },
    { ...CARRIER, position: 1 },
  ],
  progress: [],
  records: RECORDS,
  localHelpLine: null,
};

describe('records', () => {
  it('take their identity and owner from their value', () => {
    expect([LINE, ASSESSMENT, DECISION, CHECK].map((r) => [r.type, r.id, r.accountId])).toEqual([
      ['phone-line', 'l1', undefined],
      ['assessment', 'g', 'g'],
      ['decision', 'c', 'c'],
      ['device-check', 'android:device_admin', undefined],
    ]);
  });

  it('read back exactly, each type', () => {
    for (const record of RECORDS)
      expect(readRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });

  it('read damaged, unknown or forged records as null, and never throw', () => {
    const bad: unknown[] = [
      null,
      7,
      [],
      { type: 'password', id: 'x', value: { id: 'x' } },
      { ...LINE, id: 'not-its-id' },
      { ...LINE, value: { ...LINE.value, owner: 'neighbor' } },
      { ...LINE, value: { ...LINE.value, label: '  ' } },
      { ...ASSESSMENT, value: { ...ASSESSMENT.value, knowsPassword: 'maybe' } },
      { ...ASSESSMENT, value: { ...ASSESSMENT.value, secondSteps: [{ method: 'pigeon' }] } },
      { ...DECISION, value: { ...DECISION.value, note: 'x'.repeat(5_001) } },
      { ...EVENT, value: { ...EVENT.value, status: 'maybe' } },
      { ...FINDING, value: { ...FINDING.value, verdict: 'safe' } },
      {
        ...FINDING,
        value: { ...FINDING.value, matches: Array(51).fill(FINDING.value.matches[0]) },
      },
      { ...CHECK, value: { ...CHECK.value, device: 'toaster' } },
      { ...NOTE, value: { ...NOTE.value, author: 'them' } },
      { ...NOTE, value: { ...NOTE.value, at: Number.NaN } },
      {
        ...CHECK_UP,
        value: { ...CHECK_UP.value, items: [{ key: 'k', outcome: 'ignored', at: T }] },
      },
      { ...CHECK_UP, value: { ...CHECK_UP.value, endedAt: -1 } },
    ];
    for (const raw of bad) expect(readRecord(raw)).toBeNull();
  });

  it('drop fields their type does not have', () => {
    const raw = { ...NOTE, value: { ...NOTE.value, password: 'hunter2' }, extra: 1 };
    expect(JSON.stringify(readRecord(raw))).not.toContain('hunter2');
    expect(readRecord(raw)).toEqual(NOTE);
  });
});

describe('records in storage', () => {
  const opened: PlanStorage[] = [];
  afterEach(() => {
    for (const s of opened.splice(0)) s.close();
  });
  const open = async (name: string) => {
    const storage = await openIdbStorage({ name, iterations: 1_000 });
    opened.push(storage);
    return storage;
  };

  it('are kept, replaced, removed, and go with their account', async () => {
    const name = `records-${crypto.randomUUID()}`;
    const storage = await open(name);
    await storage.putAccounts(PLAN.accounts);
    await storage.putRecords(RECORDS);
    expect((await storage.load()).records).toHaveLength(RECORDS.length);
    const changed = toRecord('decision', { ...DECISION.value, choice: 'leave-it' });
    await storage.putRecords([changed]);
    await storage.deleteRecords([['device-check', CHECK.id]]);
    await storage.deleteAccount('g');
    const left = (await storage.load()).records;
    expect(left.map((r) => r.type).sort()).toEqual([
      'check-up',
      'decision',
      'finding',
      'phone-line',
    ]);
    expect(left.find((r) => r.type === 'decision')?.value).toMatchObject({ choice: 'leave-it' });
  });

  it('are sealed by the lock, opened by it, and written back when it is turned off', async () => {
    const name = `records-lock-${crypto.randomUUID()}`;
    const storage = await open(name);
    await storage.putAccounts(PLAN.accounts);
    await storage.putRecords(RECORDS);
    await storage.setPassphrase('correct horse battery');
    const sealed = await rawText(name);
    for (const canary of ['canary-line-7', 'canary-finding-3', 'hearing', 'tablet'])
      expect(sealed).not.toContain(canary);
    storage.lock();
    await storage.unlock('correct horse battery');
    await storage.putRecords([toRecord('note', { ...NOTE.value, id: 'n2', text: 'second' })]);
    expect((await storage.load()).records).toHaveLength(RECORDS.length + 1);
    await storage.removeLock();
    const again = await open(name);
    expect((await again.load()).records).toHaveLength(RECORDS.length + 1);
  });

  it('count a damaged stored record as skipped and keep the rest', async () => {
    const name = `records-damaged-${crypto.randomUUID()}`;
    const storage = await open(name);
    await storage.putRecords([LINE]);
    const db = await openDB(name);
    await db.put('records', { type: 'finding', id: 'bad', value: { id: 'bad' } });
    db.close();
    const snapshot = await storage.load();
    expect(snapshot.records).toEqual([LINE]);
    expect(snapshot.skipped).toBe(1);
  });
});

describe('the plan store', () => {
  it('keeps a history event for every step change, and saves and removes records', async () => {
    const storage = createMemoryStorage();
    let n = 0;
    const store = createPlanStore({ storage, now: () => T + n, newId: () => `id-${++n}` });
    await store.reload();
    const id = await store.addAccount({ name: 'Gmail', site: '', kind: 'primary-email' });
    await store.setStepStatus(id, 'new_password', 'done');
    await store.setStepStatus(id, 'new_password', 'todo');
    const events = (await storage.load()).records.filter((r) => r.type === 'step-event');
    expect(events.map((e) => e.value)).toMatchObject([
      { accountId: id, stepId: 'new_password', status: 'done' },
      { accountId: id, stepId: 'new_password', status: 'todo' },
    ]);
    expect(await store.saveRecord('device-check', CHECK.value)).toBe(true);
    expect(await store.removeRecord('device-check', CHECK.id)).toBe(true);
    await store.removeAccount(id);
    expect((await storage.load()).records).toEqual([]);
    expect(store.records.value).toEqual([]);
  });
});

describe('records in the export file', () => {
  const read = (text: string, passphrase?: string) =>
    // A minute after the fixtures' dates: an import sets dates ahead of now back to now.
    readPlanFile(text, new TextEncoder().encode(text).length, passphrase, T + 60_000);
  const codes = (result: ImportResult) => (result.ok ? [] : result.problems.map((p) => p.code));

  it('round-trip, in the clear and sealed', async () => {
    const clear = await read(await exportPlan(PLAN, undefined, T));
    expect(clear.ok && clear.plan.records).toEqual(RECORDS);
    const sealed = await read(
      await exportPlan(PLAN, 'correct horse battery', T),
      'correct horse battery',
    );
    expect(sealed.ok && sealed.plan.records).toEqual(RECORDS);
  });

  it('import every earlier version: version 1 files, plain and sealed, have no records', async () => {
    const v1Plan = { accounts: PLAN.accounts, progress: [], localHelpLine: null };
    const plain = JSON.stringify({
      format: 'lockstep-plan',
      version: 1,
      exportedAt: T,
      plan: v1Plan,
    });
    expect(await read(plain)).toEqual({
      ok: true,
      plan: { ...v1Plan, records: [] },
      encrypted: false,
    });
    const kdf = newKdfParams();
    const key = await deriveKey('correct horse battery', kdf);
    const inner = await seal(key, JSON.stringify(v1Plan), 'lockstep-plan-1');
    const sealed = JSON.stringify({
      format: 'lockstep-plan',
      version: 1,
      exportedAt: T,
      encrypted: { kdf, sealed: inner },
    });
    const opened = await read(sealed, 'correct horse battery');
    expect(opened.ok && opened.plan.records).toEqual([]);
  });

  it('refuse, changing nothing, a file with a damaged, repeated or orphaned record', async () => {
    const file = (records: unknown[]) =>
      JSON.stringify({
        format: 'lockstep-plan',
        version: 2,
        exportedAt: T,
        plan: { ...PLAN, records },
      });
    expect(codes(await read(file([LINE, { type: 'finding', id: 'x', value: {} }])))).toEqual([
      'invalid-record',
    ]);
    expect(codes(await read(file([LINE, LINE])))).toEqual(['duplicate-record']);
    const orphan = toRecord('decision', { ...DECISION.value, accountId: 'nobody' });
    expect(codes(await read(file([orphan])))).toEqual(['unknown-account']);
    const future = toRecord('note', { ...NOTE.value, at: T + 10 * 86_400_000 });
    expect(codes(await read(file([future])))).toEqual(['date-out-of-range']);
  });
});

describe('records in a merge', () => {
  it('follow their paired account, later wins, and go when their account is not kept', () => {
    const here: PlanData = { ...PLAN, records: [DECISION] };
    const twin = { ...CARRIER, id: 'c-elsewhere', position: 1 };
    const later = toRecord('decision', {
      accountId: 'c-elsewhere',
      choice: 'change-now',
      note: 'ready now',
      at: T + 5,
    });
    const ghost = toRecord('note', { ...NOTE.value, id: 'n9', accountId: 'gone' });
    const incoming: PlanData = {
      accounts: [twin],
      progress: [],
      records: [later, ghost, LINE],
      localHelpLine: null,
    };
    const merged = mergePlans(here, incoming, T + 10);
    const decision = merged.records.find((r) => r.type === 'decision');
    expect(decision).toMatchObject({ id: 'c', accountId: 'c', value: { choice: 'change-now' } });
    expect(merged.records.map((r) => r.type).sort()).toEqual(['decision', 'phone-line']);
  });
});
