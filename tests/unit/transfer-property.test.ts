import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fromBase64, toBase64, type KdfParams } from '@/lib/crypto/seal';
import { ACCOUNT_KINDS } from '@/lib/plan/kinds';
import { readRecord } from '@/lib/plan/read-records';
import {
  DEVICE_RECORD_KINDS,
  PASSCODE_KNOWN,
  SET_UP_BY,
  SHARED_ACCOUNT,
} from '@/lib/device/device-record';
import { DECISION_CHOICES, HOLDERS } from '@/lib/plan/record-choices';
import { recordKey, toRecord, type PlanRecord } from '@/lib/plan/records';
import { stepsFor } from '@/lib/plan/playbook';
import type { Account, StepProgress } from '@/lib/plan/types';
import { createPlanStore } from '@/lib/state/plan-store';
import { createMemoryStorage } from '@/lib/storage/memory-storage';
import type { PlanData, PlanStorage } from '@/lib/storage/plan-storage';
import { readAccount, readProgress } from '@/lib/storage/validate';
import { exportPlan } from '@/lib/transfer/export-plan';
import { readPlanFile, type ImportResult } from '@/lib/transfer/import-plan';
import { mergePlans } from '@/lib/transfer/merge-plans';

// Real PBKDF2 at 600,000 iterations, but each (passphrase, salt, iterations) is derived once.
vi.mock('@/lib/crypto/seal', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/crypto/seal')>();
  const cache = new Map<string, Promise<CryptoKey>>();
  const deriveKey = (passphrase: string, params: KdfParams) => {
    const key = JSON.stringify([passphrase, params.salt, params.iterations]);
    if (!cache.has(key)) cache.set(key, real.deriveKey(passphrase, params));
    return cache.get(key)!;
  };
  return { ...real, deriveKey };
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// ---- Valid plans -------------------------------------------------------------------------

const accountsArb = fc
  .uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 8 }),
      name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0),
      site: fc.string({ maxLength: 20 }),
      kind: fc.constantFrom(...ACCOUNT_KINDS),
      createdAt: fc.nat(),
      updatedAt: fc.nat(),
    }),
    { selector: (a) => a.id, maxLength: 8 },
  )
  .map((list): Account[] => list.map((a, position) => ({ ...a, position })));

/** A device record, signed in to some of the plan's accounts, with a few steps marked. */
function deviceArb(accounts: readonly Account[], time: fc.Arbitrary<number>) {
  return fc
    .record({
      id: fc.uuid(),
      label: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !!s.trim()),
      kind: fc.constantFrom(...DEVICE_RECORD_KINDS),
      holder: fc.constantFrom(...HOLDERS),
      setUpBy: fc.constantFrom(...SET_UP_BY),
      passcodeKnown: fc.constantFrom(...PASSCODE_KNOWN),
      sharedAccount: fc.constantFrom(...SHARED_ACCOUNT),
      signedInIds: fc.uniqueArray(fc.constantFrom('', ...accounts.map((a) => a.id)), {
        maxLength: 3,
      }),
      marks: fc.uniqueArray(
        fc.record({
          stepId: fc.constantFrom('passcode', 'update_system', 'mdm_profiles'),
          status: fc.constantFrom('done' as const, 'skipped' as const, 'na' as const),
          at: time,
        }),
        { selector: (m) => m.stepId, maxLength: 3 },
      ),
      at: time,
    })
    .map(({ at, signedInIds, ...d }) =>
      toRecord('device', {
        ...d,
        signedInIds: signedInIds.filter(Boolean),
        createdAt: at,
        updatedAt: at,
      }),
    );
}

/** Records of every owner shape: an account's decision and notes, phone lines, device checks. */
function recordsArb(accounts: readonly Account[]): fc.Arbitrary<PlanRecord[]> {
  const time = fc.integer({ min: 0, max: 1_700_000_000_000 });
  const owned =
    accounts.length === 0
      ? fc.constant([])
      : fc.array(
          fc.nat({ max: accounts.length - 1 }).chain((i) => {
            const accountId = accounts[i]!.id;
            return fc.oneof(
              fc
                .record({
                  choice: fc.constantFrom(...DECISION_CHOICES),
                  note: fc.string(),
                  at: time,
                })
                .map((d) => toRecord('decision', { accountId, ...d })),
              fc
                .record({ id: fc.uuid(), text: fc.string(), at: time })
                .map((n) => toRecord('note', { ...n, author: 'person', accountId })),
            );
          }),
          { maxLength: 6 },
        );
  const free = fc.array(
    fc.oneof(
      fc
        .record({
          id: fc.uuid(),
          label: fc.string({ minLength: 1 }).filter((s) => !!s.trim()),
          at: time,
        })
        .map(({ id, label, at }) =>
          toRecord('phone-line', { id, label, owner: 'not-sure', createdAt: at, updatedAt: at }),
        ),
      fc
        .record({ checkId: fc.constantFrom('device_admin', 'accessibility'), at: time })
        .map(({ checkId, at }) =>
          toRecord('device-check', { device: 'android', checkId, status: 'done', at }),
        ),
      deviceArb(accounts, time),
    ),
    { maxLength: 4 },
  );
  return fc
    .tuple(owned, free)
    .map(([a, b]) => [...new Map([...a, ...b].map((r) => [recordKey(r), r])).values()]);
}

const planArb: fc.Arbitrary<PlanData> = accountsArb.chain((accounts) =>
  fc.record({
    accounts: fc.constant(accounts),
    progress:
      accounts.length === 0
        ? fc.constant([])
        : fc.uniqueArray(
            fc.nat({ max: accounts.length - 1 }).chain((i) =>
              fc.record({
                accountId: fc.constant(accounts[i]!.id),
                stepId: fc.constantFrom(...stepsFor(accounts[i]!.kind).map((s) => s.id)),
                status: fc.constantFrom('done' as const, 'skipped' as const, 'na' as const),
                at: fc.nat(),
              }),
            ),
            { selector: (p) => `${p.accountId}\u0000${p.stepId}`, maxLength: 15 },
          ),
    records: recordsArb(accounts),
    localHelpLine: fc.option(
      fc.record({ name: fc.string({ maxLength: 10 }), phone: fc.string({ maxLength: 10 }) }),
      { nil: null },
    ),
  }),
);

/** Everything the app relies on: readable records, places 0…n-1, references that resolve. */
function expectFullyValid(plan: PlanData) {
  plan.accounts.forEach((account, index) => {
    expect(readAccount(account)).toEqual(account);
    expect(account.position).toBe(index);
  });
  const kinds = new Map(plan.accounts.map((a) => [a.id, a.kind]));
  expect(kinds.size).toBe(plan.accounts.length);
  const keys = new Set<string>();
  for (const p of plan.progress) {
    expect(readProgress(p)).toEqual(p);
    const kind = kinds.get(p.accountId);
    expect(kind).toBeDefined();
    expect(stepsFor(kind!).map((s) => s.id)).toContain(p.stepId);
    keys.add(`${p.accountId}\u0000${p.stepId}`);
  }
  expect(keys.size).toBe(plan.progress.length);
  const recordKeys = new Set<string>();
  for (const record of plan.records) {
    expect(readRecord(record)).toEqual(record);
    if (record.accountId !== undefined) expect(kinds.has(record.accountId)).toBe(true);
    recordKeys.add(recordKey(record));
  }
  expect(recordKeys.size).toBe(plan.records.length);
  if (plan.localHelpLine) expect(Object.keys(plan.localHelpLine).sort()).toEqual(['name', 'phone']);
}

// ---- Applying, as the page does ----------------------------------------------------------

const OLD: PlanData = {
  accounts: [
    {
      id: 'old-1',
      name: 'Gmail',
      site: 'gmail.com',
      kind: 'primary-email',
      position: 0,
      createdAt: 1,
      updatedAt: 1,
    },
    {
      id: 'old-2',
      name: 'Bank',
      site: '',
      kind: 'banking',
      position: 1,
      createdAt: 2,
      updatedAt: 2,
    },
  ],
  progress: [{ accountId: 'old-1', stepId: 'new_password', status: 'done', at: 5 }],
  records: [],
  localHelpLine: { name: 'Local', phone: '123' },
};

const canonical = (data: PlanData) =>
  JSON.stringify({
    accounts: [...data.accounts].sort((a, b) => (a.id < b.id ? -1 : 1)),
    progress: [...data.progress]
      .map((p): StepProgress => ({
        accountId: p.accountId,
        stepId: p.stepId,
        status: p.status,
        at: p.at,
      }))
      .sort((a, b) =>
        `${a.accountId}\u0000${a.stepId}` < `${b.accountId}\u0000${b.stepId}` ? -1 : 1,
      ),
    records: [...data.records].sort((a, b) => (recordKey(a) < recordKey(b) ? -1 : 1)),
    localHelpLine: data.localHelpLine,
  });

/**
 * Starts from OLD, applies the result as the import section does (merge or replace, one
 * `replacePlan`), with storage that may refuse the write, and returns what is stored after.
 */
async function applyAndRead(result: ImportResult, mode: 'merge' | 'replace', refuse: boolean) {
  const memory = createMemoryStorage();
  const storage: PlanStorage = {
    ...memory,
    replacePlan: (data) => (refuse ? Promise.reject(new Error('quota')) : memory.replacePlan(data)),
  };
  await memory.replacePlan(OLD);
  const store = createPlanStore({ storage });
  await store.reload();
  let intended: PlanData | null = null;
  if (result.ok) {
    intended = mode === 'merge' ? mergePlans(store.planData(), result.plan) : result.plan;
    expectFullyValid(intended);
    expect(await store.replacePlan(intended)).toBe(!refuse);
  }
  const snapshot = await memory.load();
  const stored = canonical({ ...snapshot, localHelpLine: snapshot.settings.localHelpLine });
  return { stored, intended };
}

async function expectAllOrNothing(text: string, passphrase?: string) {
  const result = await readPlanFile(text, new TextEncoder().encode(text).length, passphrase);
  if (result.ok) expectFullyValid(result.plan);
  else expect(result.problems.length).toBeGreaterThan(0);
  for (const mode of ['merge', 'replace'] as const)
    for (const refuse of [false, true]) {
      const { stored, intended } = await applyAndRead(result, mode, refuse);
      expect(stored).toBe(intended && !refuse ? canonical(intended) : canonical(OLD));
    }
  return result;
}

// ---- Mutations of a valid file -----------------------------------------------------------

type Path = readonly (string | number)[];

function allPaths(node: Json, path: Path = []): Path[] {
  const here = [path];
  if (Array.isArray(node))
    return [...here, ...node.flatMap((child, i) => allPaths(child, [...path, i]))];
  if (node && typeof node === 'object')
    return [
      ...here,
      ...Object.entries(node).flatMap(([k, child]) => allPaths(child, [...path, k])),
    ];
  return here;
}

type Mutation =
  | { op: 'delete' | 'duplicate' | 'flip-char'; at: number; n: number }
  | { op: 'replace' | 'add-key'; at: number; n: number; value: Json; key: string };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constantFrom('delete' as const, 'duplicate' as const, 'flip-char' as const),
    at: fc.nat(),
    n: fc.nat(),
  }),
  fc.record({
    op: fc.constantFrom('replace' as const, 'add-key' as const),
    at: fc.nat(),
    n: fc.nat(),
    value: fc.oneof(
      fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
      fc.constantFrom<Json>('', -1, 0, 1.5, 1e308, 'primary-email', 'done', 'new_password', [], {}),
    ),
    key: fc.constantFrom(
      'id',
      'name',
      'password',
      '__proto__',
      'constructor',
      'plan',
      'encrypted',
      'x',
    ),
  }),
);

/** Applies one mutation somewhere in the tree (in place; the root is never replaced). */
function mutate(root: Json, m: Mutation): void {
  const paths = allPaths(root).filter((p) => p.length > 0);
  const path = paths[m.at % Math.max(paths.length, 1)];
  if (!path) return;
  let parent = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  const value = parent[last]!;
  switch (m.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else Reflect.deleteProperty(parent, last);
      return;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(last as number, 0, structuredClone(value));
      else parent[last] = [value, structuredClone(value)];
      return;
    case 'flip-char':
      if (typeof value === 'string' && value.length > 0) {
        const i = m.n % value.length;
        const c = value.charCodeAt(i) ^ (1 << (m.n % 6));
        parent[last] = value.slice(0, i) + String.fromCharCode(c) + value.slice(i + 1);
      } else if (typeof value === 'number') parent[last] = value + 1;
      return;
    case 'replace':
      // A copy: fast-check hands the same `{}` to many runs, and an add-key on it made a cycle.
      parent[last] = structuredClone(m.value);
      return;
    case 'add-key':
      if (value && typeof value === 'object' && !Array.isArray(value))
        Object.defineProperty(value, m.key, {
          value: structuredClone(m.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return;
  }
}

/** Then, sometimes, the text itself is damaged: cut short, or one character changed. */
const textDamageArb = fc.oneof(
  { arbitrary: fc.constant({ kind: 'none' as const, at: 0 }), weight: 3 },
  {
    arbitrary: fc.record({
      kind: fc.constantFrom('truncate' as const, 'char' as const),
      at: fc.nat(),
    }),
    weight: 1,
  },
);
function damage(text: string, d: { kind: 'none' | 'truncate' | 'char'; at: number }): string {
  if (d.kind === 'none' || text.length === 0) return text;
  const i = d.at % text.length;
  return d.kind === 'truncate' ? text.slice(0, i) : text.slice(0, i) + '"' + text.slice(i + 1);
}

// ---- The properties ----------------------------------------------------------------------
// The import properties run 10,000 cases in all on every `npm test` (the floor): about
// 20 seconds on two busy cores.

describe('import of untrusted files (property tests)', () => {
  it('round-trips any valid plan exactly, in the clear', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, async (plan) => {
        const result = await readPlanFile(await exportPlan(plan), 0);
        expect(result).toEqual({ ok: true, plan, encrypted: false });
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws and changes nothing on random text, random JSON, or JSON that claims to be a plan', async () => {
    const claims = fc.record({
      format: fc.constantFrom<Json>('lockstep-plan', 'other', 1),
      version: fc.constantFrom<Json>(0, 1, 2, 3, 1.5, '1', null),
      exportedAt: fc.jsonValue() as fc.Arbitrary<Json>,
      plan: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.json(),
          claims.map((c) => JSON.stringify(c)),
        ),
        async (text) => {
          const result = await expectAllOrNothing(text);
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('on mutated valid files: the whole file is applied, or nothing changes', async () => {
    await fc.assert(
      fc.asyncProperty(
        planArb,
        fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
        textDamageArb,
        async (plan, mutations, textDamage) => {
          const file = JSON.parse(await exportPlan(plan)) as Json;
          for (const m of mutations) mutate(file, m);
          await expectAllOrNothing(damage(JSON.stringify(file), textDamage));
        },
      ),
      { numRuns: 4000 },
    );
  });

  it('on mutated encrypted files: never opens to anything but the plan that was sealed', async () => {
    const passphrase = 'property test words';
    const sealedText = await exportPlan(OLD, passphrase);
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutationArb, { minLength: 1, maxLength: 2 }),
        textDamageArb,
        async (mutations, textDamage) => {
          const file = JSON.parse(sealedText) as Json;
          for (const m of mutations) mutate(file, m);
          const result = await expectAllOrNothing(
            damage(JSON.stringify(file), textDamage),
            passphrase,
          );
          if (result.ok) expect(canonical(result.plan)).toBe(canonical(OLD));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('refuses an encrypted file with any one bit flipped in its ciphertext or nonce', async () => {
    const passphrase = 'property test words';
    const sealedText = await exportPlan(OLD, passphrase);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('data' as const, 'iv' as const),
        fc.nat(),
        fc.nat({ max: 7 }),
        async (field, at, bit) => {
          const file = JSON.parse(sealedText) as { encrypted: { sealed: Record<string, string> } };
          const bytes = fromBase64(file.encrypted.sealed[field]!);
          const i = at % bytes.length;
          bytes[i] = bytes[i]! ^ (1 << bit);
          file.encrypted.sealed[field] = toBase64(bytes);
          const result = await expectAllOrNothing(JSON.stringify(file), passphrase);
          expect(result).toEqual({ ok: false, problems: [{ code: 'wrong-passphrase' }] });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('merging any two valid plans gives a valid plan that keeps every account of both', () => {
    fc.assert(
      fc.property(planArb, planArb, (here, incoming) => {
        const merged = mergePlans(here, incoming);
        expectFullyValid(merged);
        const ids = new Set(merged.accounts.map((a) => a.id));
        for (const account of here.accounts) expect(ids).toContain(account.id);
        expect(merged.accounts.length).toBeGreaterThanOrEqual(
          Math.max(here.accounts.length, incoming.accounts.length),
        );
        expect(merged.accounts.length).toBeLessThanOrEqual(
          here.accounts.length + incoming.accounts.length,
        );
        expect(merged.accounts.slice(0, here.accounts.length).map((a) => a.id)).toEqual(
          here.accounts.map((a) => a.id),
        );
      }),
      { numRuns: 300 },
    );
  });
});
