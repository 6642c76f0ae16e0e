import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '@/lib/crypto/seal';
import type { PlanData } from '@/lib/storage/plan-storage';
import { createMemoryStorage } from '@/lib/storage/memory-storage';
import { createPlanStore } from '@/lib/state/plan-store';
import { exportPlan } from '@/lib/transfer/export-plan';
import { MAX_FILE_BYTES } from '@/lib/transfer/format';
import { readPlanFile, type ImportResult } from '@/lib/transfer/import-plan';
import { mergePlans } from '@/lib/transfer/merge-plans';
import { makeAccount } from '../fixtures/accounts';

const gmail = makeAccount({
  id: 'g',
  name: 'Gmail',
  kind: 'primary-email',
  site: 'gmail.com',
  position: 0,
});
const bank = makeAccount({ id: 'b', name: 'Bank', kind: 'banking', position: 1 });
const PLAN: PlanData = {
  accounts: [gmail, bank],
  progress: [
    { accountId: 'g', stepId: 'new_password', status: 'done', at: 10 },
    { accountId: 'b', stepId: 'turn_on_mfa', status: 'skipped', at: 11 },
  ],
  localHelpLine: { name: 'Local', phone: '0808 2000 247' },
};

const read = (text: string, passphrase?: string) =>
  readPlanFile(text, new TextEncoder().encode(text).length, passphrase);
const codes = (result: ImportResult) => (result.ok ? [] : result.problems.map((p) => p.code));

describe('export and import', () => {
  it('round-trips a plain plan exactly', async () => {
    const text = await exportPlan(PLAN, undefined, 5);
    expect(JSON.parse(text)).toMatchObject({ format: 'lockstep-plan', version: 1, exportedAt: 5 });
    expect(await read(text)).toEqual({ ok: true, plan: PLAN, encrypted: false });
  });

  it('round-trips an encrypted plan, refuses the wrong passphrase and any flipped bit', async () => {
    const text = await exportPlan(PLAN, 'correct horse battery');
    expect(text).not.toContain('Gmail');
    expect(codes(await read(text))).toEqual(['needs-passphrase']);
    expect(codes(await read(text, 'correct horse batterY'))).toEqual(['wrong-passphrase']);
    expect(await read(text, 'correct horse battery')).toEqual({
      ok: true,
      plan: PLAN,
      encrypted: true,
    });

    const file = JSON.parse(text) as { encrypted: { sealed: { data: string } } };
    const bytes = fromBase64(file.encrypted.sealed.data);
    bytes[3] = (bytes[3] ?? 0) ^ 0x10;
    file.encrypted.sealed.data = toBase64(bytes);
    expect(codes(await read(JSON.stringify(file), 'correct horse battery'))).toEqual([
      'wrong-passphrase',
    ]);
  });

  it('refuses weak or unknown key settings before deriving any key', async () => {
    const file = JSON.parse(await exportPlan(PLAN, 'pass phrase one')) as {
      encrypted: { kdf: { iterations: number; algorithm: string } };
    };
    file.encrypted.kdf.iterations = 1_000;
    const started = performance.now();
    expect(codes(await read(JSON.stringify(file), 'pass phrase one'))).toEqual([
      'weak-key-settings',
    ]);
    expect(performance.now() - started).toBeLessThan(50);
    file.encrypted.kdf.iterations = 600_000;
    file.encrypted.kdf.algorithm = 'MD5';
    expect(codes(await read(JSON.stringify(file), 'pass phrase one'))).toEqual([
      'weak-key-settings',
    ]);
  });

  it('says plainly what is wrong with a bad file', async () => {
    expect(codes(await readPlanFile('{}', MAX_FILE_BYTES + 1))).toEqual(['too-big']);
    expect(codes(await read('{"format":'))).toEqual(['not-json']);
    expect(codes(await read('{"hello":1}'))).toEqual(['not-lockstep']);
    expect(await read('{"format":"lockstep-plan","version":2,"plan":{}}')).toEqual({
      ok: false,
      problems: [{ code: 'newer-version', detail: '2' }],
    });
    const file = JSON.parse(await exportPlan(PLAN)) as {
      plan: { accounts: Record<string, unknown>[]; progress: Record<string, unknown>[] };
    };
    file.plan.accounts[1] = { ...file.plan.accounts[1], name: '  ', kind: 'pets' };
    const result = await read(JSON.stringify(file));
    expect(result).toEqual({
      ok: false,
      problems: [
        { code: 'invalid-field', detail: 'account 2, name' },
        { code: 'invalid-field', detail: 'account 2, kind' },
      ],
    });
    const dup = JSON.parse(await exportPlan(PLAN)) as typeof file;
    dup.plan.accounts.push({ ...dup.plan.accounts[0] });
    dup.plan.progress.push({ accountId: 'nobody', stepId: 'new_password', status: 'done', at: 1 });
    dup.plan.progress.push({ accountId: 'b', stepId: 'email_forwarding', status: 'done', at: 1 });
    expect(codes(await read(JSON.stringify(dup)))).toEqual([
      'duplicate-account',
      'unknown-account',
      'unknown-step',
    ]);
  });

  it('merges by id: later changes and later step decisions win, new accounts join the end', () => {
    const newerBank = { ...bank, name: 'Bank (joint)', updatedAt: bank.updatedAt + 1, position: 0 };
    const social = makeAccount({ id: 's', name: 'Instagram', kind: 'social', position: 0 });
    const merged = mergePlans(PLAN, {
      accounts: [newerBank, social],
      progress: [
        { accountId: 'g', stepId: 'new_password', status: 'na', at: 9 },
        { accountId: 'b', stepId: 'turn_on_mfa', status: 'done', at: 12 },
        { accountId: 's', stepId: 'document_first', status: 'done', at: 3 },
      ],
      localHelpLine: null,
    });
    expect(merged.accounts.map((a) => [a.name, a.position])).toEqual([
      ['Gmail', 0],
      ['Bank (joint)', 1],
      ['Instagram', 2],
    ]);
    expect(merged.progress).toEqual([
      { accountId: 'g', stepId: 'new_password', status: 'done', at: 10 },
      { accountId: 'b', stepId: 'turn_on_mfa', status: 'done', at: 12 },
      { accountId: 's', stepId: 'document_first', status: 'done', at: 3 },
    ]);
    expect(merged.localHelpLine).toEqual(PLAN.localHelpLine);
  });
});

describe('import of untrusted files (property tests)', () => {
  const apply = async (result: ImportResult) => {
    const store = createPlanStore({ storage: createMemoryStorage() });
    await store.replacePlan(PLAN);
    if (result.ok) await store.replacePlan(result.plan);
    await store.reload();
    return store.planData();
  };
  const sorted = (data: PlanData) =>
    JSON.stringify({
      ...data,
      accounts: [...data.accounts].sort((a, b) => a.id.localeCompare(b.id)),
    });

  it('never throws on random text or random JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json()), async (text) => {
        const result = await read(text);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('on mutated valid files: either the whole file is valid and applied, or nothing changes', async () => {
    const valid = JSON.parse(await exportPlan(PLAN)) as Record<string, unknown>;
    const paths = [
      'plan.accounts.0.name',
      'plan.accounts.1.kind',
      'plan.accounts.0.position',
      'plan.progress.0.status',
      'plan.progress.1.accountId',
      'plan.localHelpLine',
      'version',
      'format',
      'plan.accounts',
      'plan.progress.0.at',
      'exportedAt',
    ];
    const values = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.array(fc.string(), { maxLength: 2 }),
      fc.constant({}),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        values,
        fc.nat({ max: 3000 }),
        async (path, value, cut) => {
          const copy = structuredClone(valid);
          const keys = path.split('.');
          let node = copy as Record<string, unknown>;
          for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
          const last = keys[keys.length - 1] ?? '';
          if (value === undefined) Reflect.deleteProperty(node, last);
          else node[last] = value;
          for (const text of [JSON.stringify(copy), JSON.stringify(copy).slice(0, cut)]) {
            const result = await read(text);
            const after = await apply(result);
            if (result.ok) expect(sorted(after)).toBe(sorted(result.plan));
            else expect(sorted(after)).toBe(sorted(PLAN));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
