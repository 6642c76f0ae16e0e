import { describe, expect, it, vi } from 'vitest';
import * as seal from '@/lib/crypto/seal';
import type { KdfParams } from '@/lib/crypto/seal';
import type { MessageKey } from '@/lib/i18n';
import type { Account } from '@/lib/plan/types';
import type { PlanData } from '@/lib/storage/plan-storage';
import { exportFileName, exportPlan } from '@/lib/transfer/export-plan';
import { EXPORT_CONTEXT, MAX_FILE_BYTES, MAX_ITERATIONS } from '@/lib/transfer/format';
import { readPlanFile, type ImportResult } from '@/lib/transfer/import-plan';
import { problemText } from '@/lib/transfer/problem-text';
import type { Problem, ProblemCode } from '@/lib/transfer/problems';
import { makeAccount } from '../fixtures/accounts';
import { resolveEnglish } from '../fixtures/fake-i18n';

// Real PBKDF2 at 600,000 iterations, but each (passphrase, salt) is derived once per file.
vi.mock('@/lib/crypto/seal', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/crypto/seal')>();
  const cache = new Map<string, Promise<CryptoKey>>();
  const deriveKey = vi.fn((passphrase: string, params: KdfParams) => {
    const key = JSON.stringify([passphrase, params.salt, params.iterations]);
    if (!cache.has(key)) cache.set(key, real.deriveKey(passphrase, params));
    return cache.get(key)!;
  });
  return { ...real, deriveKey };
});

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
  records: [],
  localHelpLine: { name: 'Local', phone: '0808 2000 247' },
};
const PASS = 'correct horse battery';

const t = resolveEnglish as (key: MessageKey, substitutions?: string | string[]) => string;
const read = (text: string, passphrase?: string) =>
  readPlanFile(text, new TextEncoder().encode(text).length, passphrase);
const codes = (result: ImportResult) => (result.ok ? [] : result.problems.map((p) => p.code));
const words = (result: ImportResult) =>
  result.ok ? [] : result.problems.map((p) => problemText(p, t));

interface EncryptedFile {
  encrypted: { kdf: { algorithm: string; iterations: number; salt: string }; sealed: seal.Sealed };
}
type PlainFile = {
  plan: { accounts: Record<string, unknown>[]; progress: Record<string, unknown>[] };
};

let sealedText: Promise<string> | undefined;
/** One encrypted export of PLAN, made once for the whole file. */
const sealedFile = () => (sealedText ??= exportPlan(PLAN, PASS));

describe('export', () => {
  it('writes a versioned file with only what the plan is: no password, no stray field', async () => {
    const withExtra = { ...gmail, password: 'hunter2', note: 'x' } as Account;
    const text = await exportPlan({ ...PLAN, accounts: [bank, withExtra] }, undefined, 5);
    const file = JSON.parse(text) as { plan: PlanData };
    expect(file).toMatchObject({ format: 'lockstep-plan', version: 4, exportedAt: 5 });
    expect(text).not.toContain('hunter2');
    expect(Object.keys(file.plan.accounts[0]!).sort()).toEqual(
      ['createdAt', 'id', 'kind', 'name', 'position', 'site', 'updatedAt'].sort(),
    );
    expect(file.plan.accounts.map((a) => a.name)).toEqual(['Gmail', 'Bank']);
  });

  it('in discreet mode says nothing of Lockstep, and reads back the same', async () => {
    const clear = await exportPlan(PLAN, undefined, 5, true);
    const sealed = await exportPlan(PLAN, PASS, 5, true);
    for (const text of [clear, sealed]) expect(text.toLowerCase()).not.toContain('lockstep');
    expect(JSON.parse(clear)).toMatchObject({ format: 'notes-plan', version: 4 });
    const [fromClear, fromSealed] = await Promise.all([read(clear), read(sealed, PASS)]);
    expect(fromClear.ok && fromClear.plan.accounts.map((a) => a.name)).toEqual(['Gmail', 'Bank']);
    expect(fromSealed.ok && fromSealed.plan.accounts.map((a) => a.name)).toEqual(['Gmail', 'Bank']);
  });

  it('seals with the lock’s key derivation and binds the format into the ciphertext', async () => {
    const text = await sealedFile();
    expect(text).not.toContain('Gmail');
    expect(text).not.toContain('0808');
    const { kdf, sealed } = (JSON.parse(text) as EncryptedFile).encrypted;
    expect(kdf.algorithm).toBe('PBKDF2-SHA-256');
    expect(kdf.iterations).toBeGreaterThanOrEqual(seal.MIN_ITERATIONS);
    expect(seal.fromBase64(kdf.salt)).toHaveLength(16);
    expect(seal.fromBase64(sealed.iv)).toHaveLength(12);
    const key = await seal.deriveKey(PASS, { ...kdf, algorithm: 'PBKDF2-SHA-256' });
    expect(JSON.parse(await seal.unseal(key, sealed, EXPORT_CONTEXT))).toEqual(PLAN);
    await expect(seal.unseal(key, sealed, '')).rejects.toBeInstanceOf(seal.WrongKeyError);
  });

  it('names the file neutrally, with the local date', () => {
    expect(exportFileName(new Date(2026, 10, 5, 23, 59))).toBe('plan-2026-11-05.json');
  });

  it("names it with a word in the person's language, made safe for a file name", () => {
    const day = new Date(2026, 10, 5);
    expect(exportFileName(day, 'registro', 'zip')).toBe('registro-2026-11-05.zip');
    expect(exportFileName(day, ' Mi plan/Ñandú ', 'sealed')).toBe(
      'mi-plan-ñandú-2026-11-05.sealed',
    );
    expect(exportFileName(day, '../', 'json')).toBe('plan-2026-11-05.json');
  });
});

describe('import', () => {
  it('round-trips a plain plan exactly', async () => {
    expect(await read(await exportPlan(PLAN))).toEqual({ ok: true, plan: PLAN, encrypted: false });
  });

  it('round-trips an encrypted plan; asks for, then checks, the passphrase', async () => {
    const text = await sealedFile();
    expect(codes(await read(text))).toEqual(['needs-passphrase']);
    expect(codes(await read(text, 'correct horse batterY'))).toEqual(['wrong-passphrase']);
    expect(await read(text, PASS)).toEqual({ ok: true, plan: PLAN, encrypted: true });
  });

  it('refuses an encrypted file with any flipped bit, or sealed without the format bound in', async () => {
    const text = await sealedFile();
    for (const field of ['data', 'iv'] as const) {
      const file = JSON.parse(text) as EncryptedFile;
      const bytes = seal.fromBase64(file.encrypted.sealed[field]);
      bytes[3] = (bytes[3] ?? 0) ^ 0x10;
      file.encrypted.sealed = { ...file.encrypted.sealed, [field]: seal.toBase64(bytes) };
      expect(codes(await read(JSON.stringify(file), PASS))).toEqual(['wrong-passphrase']);
    }
    const file = JSON.parse(text) as EncryptedFile;
    const key = await seal.deriveKey(PASS, { ...file.encrypted.kdf, algorithm: 'PBKDF2-SHA-256' });
    file.encrypted.sealed = await seal.seal(key, JSON.stringify(PLAN), '');
    expect(codes(await read(JSON.stringify(file), PASS))).toEqual(['wrong-passphrase']);
  });

  it('refuses weak, unknown or extreme key settings before deriving any key', async () => {
    const derive = vi.mocked(seal.deriveKey);
    const cases: [Partial<EncryptedFile['encrypted']['kdf']>, ProblemCode][] = [
      [{ iterations: 1_000 }, 'weak-key-settings'],
      [{ iterations: seal.MIN_ITERATIONS - 1 }, 'weak-key-settings'],
      [{ iterations: MAX_ITERATIONS + 1 }, 'unknown-key-settings'],
      [{ iterations: 1e12 }, 'unknown-key-settings'],
      [{ algorithm: 'MD5' }, 'unknown-key-settings'],
      [{ algorithm: 'PBKDF2-SHA-1' }, 'unknown-key-settings'],
    ];
    for (const [change, code] of cases) {
      const file = JSON.parse(await sealedFile()) as EncryptedFile;
      file.encrypted.kdf = { ...file.encrypted.kdf, ...change };
      derive.mockClear();
      expect(codes(await read(JSON.stringify(file), PASS))).toEqual([code]);
      expect(derive).not.toHaveBeenCalled();
    }
    const short = JSON.parse(await sealedFile()) as EncryptedFile;
    short.encrypted.kdf.salt = seal.toBase64(new Uint8Array(8));
    expect(codes(await read(JSON.stringify(short), PASS))).toEqual(['invalid-field']);
    expect(derive).not.toHaveBeenCalled();
  });

  it('checks the size before parsing, then the JSON, the format and the version', async () => {
    expect(codes(await readPlanFile('{not json', MAX_FILE_BYTES + 1))).toEqual(['too-big']);
    expect(codes(await readPlanFile('x'.repeat(MAX_FILE_BYTES + 1), 10))).toEqual(['too-big']);
    expect(codes(await read('{"format":'))).toEqual(['not-json']);
    expect(codes(await read(''))).toEqual(['not-json']);
    for (const text of [
      '{"hello":1}',
      '[]',
      'null',
      '"lockstep-plan"',
      '{"format":"lockstep-plan"}',
    ])
      expect(codes(await read(text))).toEqual(['not-lockstep']);
    const newer = await read('{"format":"lockstep-plan","version":5,"encrypted":"?"}');
    expect(newer).toEqual({ ok: false, problems: [{ code: 'newer-version', version: 5 }] });
    expect(words(newer)).toEqual([
      'This file was made by a newer Lockstep (file format 5). Update Lockstep, then try again.',
    ]);
  });

  it('writes the kinds issue 32 added (format 3 on), and reads them back', async () => {
    const internet = makeAccount({ id: 'n', name: 'Internet', kind: 'home-internet', position: 0 });
    const plan: PlanData = { ...PLAN, accounts: [internet], progress: [], records: [] };
    const text = await exportPlan(plan, undefined, 5);
    expect(JSON.parse(text)).toMatchObject({
      version: 4,
      plan: { accounts: [{ kind: 'home-internet' }] },
    });
    const back = await read(text);
    expect(back.ok && back.plan.accounts.map((a) => a.kind)).toEqual(['home-internet']);
  });

  it('says where and what each field problem is, in plain words', async () => {
    const file = JSON.parse(await exportPlan(PLAN)) as PlainFile;
    file.plan.accounts[1] = { ...file.plan.accounts[1], kind: 'pets', position: -1 };
    file.plan.accounts[0] = { ...file.plan.accounts[0], name: '  ' };
    file.plan.progress[1] = { ...file.plan.progress[1], status: 'maybe' };
    (file.plan as Record<string, unknown>).localHelpLine = { name: 'Local', phone: 7 };
    expect(words(await read(JSON.stringify(file)))).toEqual([
      'Account 1: the name is missing or not valid.',
      'Account 2 (“Bank”): the kind of account is missing or not valid.',
      'Account 2 (“Bank”): its place in the plan is missing or not valid.',
      'Step record 2: its status (done, skipped or not applicable) is missing or not valid.',
      'The local help line: the phone number is missing or not valid.',
    ]);
    const broken = JSON.parse(await exportPlan(PLAN)) as Record<string, unknown>;
    broken.plan = { accounts: [3], progress: 'none', localHelpLine: null };
    broken.exportedAt = 'yesterday';
    expect(words(await read(JSON.stringify(broken)))).toEqual([
      'The file: a date is missing or not valid.',
      'Account 1: its content is missing or not valid.',
      'The file: the list of step records is missing or not valid.',
    ]);
  });

  it('finds records that contradict each other', async () => {
    const file = JSON.parse(await exportPlan(PLAN)) as PlainFile;
    file.plan.accounts.push({ ...file.plan.accounts[0], position: 2 });
    file.plan.progress.push(
      { accountId: 'nobody', stepId: 'new_password', status: 'done', at: 1 },
      { accountId: 'b', stepId: 'email_forwarding', status: 'done', at: 1 },
      { accountId: 'g', stepId: 'new_password', status: 'na', at: 12 },
    );
    expect(words(await read(JSON.stringify(file)))).toEqual([
      'Account 3 (“Gmail”) is in the file twice.',
      'Step record 3 belongs to an account that is not in the file.',
      'Step record 4 names a step that the account “Bank” does not have.',
      'Step record 5 repeats a step that is already recorded.',
    ]);
  });

  it('lists ten problems and counts the rest', async () => {
    const file = JSON.parse(await exportPlan(PLAN)) as PlainFile;
    file.plan.accounts = Array.from({ length: 14 }, (_, i) => ({ ...gmail, id: `${i}`, name: '' }));
    const result = await read(JSON.stringify(file));
    expect(codes(result)).toHaveLength(11);
    expect(words(result).at(-1)).toBe('…and 4 more problems.');
  });

  it('gives the accounts sane places: the file’s order, numbered from 0', async () => {
    const file = JSON.parse(await exportPlan(PLAN)) as PlainFile;
    file.plan.accounts[0]!.position = 70;
    file.plan.accounts[1]!.position = 7;
    const result = await read(JSON.stringify(file));
    expect(result.ok && result.plan.accounts.map((a) => [a.name, a.position])).toEqual([
      ['Bank', 0],
      ['Gmail', 1],
    ]);
  });

  it('never throws, even when the platform fails under it', async () => {
    vi.mocked(seal.deriveKey).mockRejectedValueOnce(new Error('no WebCrypto'));
    expect(codes(await read(await sealedFile(), 'other passphrase'))).toEqual(['unreadable']);
  });
});

describe('problems in words', () => {
  const place = { in: 'account', index: 0, name: 'Gmail' } as const;
  const samples: Record<ProblemCode, Problem> = {
    'too-big': { code: 'too-big' },
    'not-json': { code: 'not-json' },
    'not-lockstep': { code: 'not-lockstep' },
    'weak-key-settings': { code: 'weak-key-settings' },
    'unknown-key-settings': { code: 'unknown-key-settings' },
    'needs-passphrase': { code: 'needs-passphrase' },
    'wrong-passphrase': { code: 'wrong-passphrase' },
    unreadable: { code: 'unreadable' },
    'newer-version': { code: 'newer-version', version: 4 },
    'invalid-field': { code: 'invalid-field', place, field: 'site' },
    'duplicate-account': { code: 'duplicate-account', place },
    'unknown-account': { code: 'unknown-account', place: { in: 'step', index: 4 } },
    'unknown-step': { code: 'unknown-step', place: { in: 'step', index: 4 }, account: 'Bank' },
    'duplicate-step': { code: 'duplicate-step', place: { in: 'step', index: 4 } },
    'invalid-record': { code: 'invalid-record', place: { in: 'record', index: 2 } },
    'duplicate-record': { code: 'duplicate-record', place: { in: 'record', index: 2 } },
    'date-out-of-range': {
      code: 'date-out-of-range',
      place: { in: 'step', index: 4 },
      field: 'at',
    },
    'more-problems': { code: 'more-problems', count: 2 },
  };
  const fields = [
    ...['id', 'name', 'site', 'kind', 'position', 'createdAt', 'updatedAt', 'at', 'exportedAt'],
    ...['accountId', 'stepId', 'status', 'phone', 'accounts', 'progress', 'localHelpLine'],
    ...['plan', 'encrypted', 'kdf', 'salt', 'iv', 'data', '', 'surprise', 'constructor'],
  ];

  it.each(Object.values(samples))('$code reads as a plain sentence', (problem) => {
    const text = problemText(problem, t);
    expect(text).toMatch(/^[A-Z…][^$]*[.…]$/u);
    expect(text).not.toMatch(/xfer_|undefined|\bnull\b|[a-z][A-Z]/);
  });

  it('puts every field name into words', () => {
    for (const field of fields) {
      const text = problemText({ code: 'invalid-field', place: { in: 'file' }, field }, t);
      expect(text).toMatch(/^The file: [a-z][a-z ()/,]+ is missing or not valid\.$/);
    }
  });
});
