import * as v from 'valibot';
import { deriveKey, KDF_ALGORITHM, MIN_ITERATIONS, unseal, WrongKeyError } from '../crypto/seal';
import { isSaneDate } from '../plan/dates';
import { sortByPosition } from '../plan/order';
import { isStepOfKind } from '../plan/playbook';
import { rawRecordDates, readRecord } from '../plan/read-records';
import { recordKey, type PlanRecord } from '../plan/records';
import type { PlanData } from '../storage/plan-storage';
import { clampHappenedDates } from './clamp-dates';
import {
  EncryptedFileSchema,
  exportContext,
  FORMAT_VERSION,
  HeaderSchema,
  MAX_FILE_BYTES,
  MAX_ITERATIONS,
  PlainFileSchema,
  PlanSchema,
} from './format';
import { capProblems, type Place, type Problem } from './problems';

export type ImportResult =
  | { readonly ok: true; readonly plan: PlanData; readonly encrypted: boolean }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const fail = (...problems: Problem[]): ImportResult => ({
  ok: false,
  problems: capProblems(problems),
});

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** The account's name as the file has it, if it has one worth showing. */
function nameAt(plan: unknown, index: number): string | undefined {
  const accounts = isRecord(plan) ? plan.accounts : undefined;
  const entry: unknown = Array.isArray(accounts) ? accounts[index] : undefined;
  const name = isRecord(entry) ? entry.name : undefined;
  return typeof name === 'string' && name.trim() ? name.trim().slice(0, 60) : undefined;
}

/** A schema issue as a place and a field: `plan.accounts.3.name` → account 4, `name`. */
function toProblem(issue: v.BaseIssue<unknown>, plan: unknown): Problem {
  const keys = (issue.path ?? []).map((item) => item.key);
  if (keys[0] === 'plan') keys.shift();
  const [list, index, field] = keys;
  let place: Place = { in: 'file' };
  if ((list === 'accounts' || list === 'progress') && typeof index === 'number') {
    place =
      list === 'accounts'
        ? { in: 'account', index, name: nameAt(plan, index) }
        : { in: 'step', index };
    return { code: 'invalid-field', place, field: typeof field === 'string' ? field : '' };
  }
  if (list === 'localHelpLine' && typeof index === 'string')
    return { code: 'invalid-field', place: { in: 'help-line' }, field: index };
  const last = keys.filter((k): k is string => typeof k === 'string').at(-1);
  return { code: 'invalid-field', place, field: last ?? '' };
}

/** Every schema issue, one per field. */
function schemaProblems(issues: readonly v.BaseIssue<unknown>[], plan: unknown): Problem[] {
  const seen = new Set<string>();
  return issues.flatMap((issue) => {
    const path = v.getDotPath(issue) ?? '';
    if (seen.has(path)) return [];
    seen.add(path);
    return [toProblem(issue, plan)];
  });
}

/** What a schema cannot see: records that refer to each other. */
function crossProblems(plan: v.InferOutput<typeof PlanSchema>): Problem[] {
  const problems: Problem[] = [];
  const accounts = new Map<string, (typeof plan.accounts)[number]>();
  plan.accounts.forEach((account, index) => {
    if (accounts.has(account.id))
      problems.push({
        code: 'duplicate-account',
        place: { in: 'account', index, name: account.name.trim() },
      });
    else accounts.set(account.id, account);
  });
  const seen = new Set<string>();
  plan.progress.forEach((p, index) => {
    const place: Place = { in: 'step', index };
    const account = accounts.get(p.accountId);
    if (!account) problems.push({ code: 'unknown-account', place });
    else if (!isStepOfKind(account.kind, p.stepId))
      problems.push({ code: 'unknown-step', place, account: account.name.trim() });
    const key = `${p.accountId}\u0000${p.stepId}`;
    if (seen.has(key)) problems.push({ code: 'duplicate-step', place });
    seen.add(key);
  });
  return problems;
}

/** Dates that cannot be right (lib/plan/dates.ts): 9e15 once blanked a page, 1e300 won merges. */
function dateProblems(plan: v.InferOutput<typeof PlanSchema>, now: number): Problem[] {
  const problems: Problem[] = [];
  plan.accounts.forEach((account, index) => {
    const place: Place = { in: 'account', index, name: account.name.trim() };
    for (const field of ['createdAt', 'updatedAt'] as const)
      if (!isSaneDate(account[field], now))
        problems.push({ code: 'date-out-of-range', place, field });
  });
  plan.progress.forEach((p, index) => {
    if (!isSaneDate(p.at, now))
      problems.push({ code: 'date-out-of-range', place: { in: 'step', index }, field: 'at' });
  });
  return problems;
}

/**
 * The file's other records, each read by the same reader as storage's: damaged, unknown, twice
 * over, badly dated or owned by an account the file does not have are all refused.
 */
function readRecords(plan: v.InferOutput<typeof PlanSchema>, now: number) {
  const accounts = new Set(plan.accounts.map((a) => a.id));
  const problems: Problem[] = [];
  const records: PlanRecord[] = [];
  const seen = new Set<string>();
  plan.records.forEach((raw, index) => {
    const place: Place = { in: 'record', index };
    for (const { field, at } of rawRecordDates(raw))
      if (!isSaneDate(at, now)) problems.push({ code: 'date-out-of-range', place, field });
    const record = readRecord(raw, now);
    if (!record) return problems.push({ code: 'invalid-record', place });
    if (seen.has(recordKey(record))) problems.push({ code: 'duplicate-record', place });
    seen.add(recordKey(record));
    if (record.accountId !== undefined && !accounts.has(record.accountId))
      problems.push({ code: 'unknown-account', place });
    records.push(record);
  });
  return { records, problems };
}

/** Validates a plan and gives its accounts the places 0, 1, 2… in the file's order. */
function checkPlan(raw: unknown, encrypted: boolean, now: number): ImportResult {
  const parsed = v.safeParse(PlanSchema, raw, { abortPipeEarly: true });
  if (!parsed.success) return fail(...schemaProblems(parsed.issues, raw));
  const { records, problems: recordProblems } = readRecords(parsed.output, now);
  const problems = [
    ...dateProblems(parsed.output, now),
    ...crossProblems(parsed.output),
    ...recordProblems,
  ];
  if (problems.length) return fail(...problems);
  const accounts = sortByPosition(parsed.output.accounts).map((account, position) =>
    account.position === position ? account : { ...account, position },
  );
  const plan = clampHappenedDates({ ...parsed.output, accounts, records }, now);
  return { ok: true, plan, encrypted };
}

async function openSealed(
  file: v.InferOutput<typeof EncryptedFileSchema>,
  passphrase: string | undefined,
  now: number,
): Promise<ImportResult> {
  const { kdf, sealed } = file.encrypted;
  if (kdf.algorithm !== KDF_ALGORITHM || kdf.iterations > MAX_ITERATIONS)
    return fail({ code: 'unknown-key-settings' });
  if (kdf.iterations < MIN_ITERATIONS) return fail({ code: 'weak-key-settings' });
  if (!passphrase) return fail({ code: 'needs-passphrase' });
  let inner: string;
  try {
    const key = await deriveKey(passphrase, { ...kdf, algorithm: KDF_ALGORITHM });
    inner = await unseal(key, sealed, exportContext(file.version));
  } catch (error) {
    if (error instanceof WrongKeyError) return fail({ code: 'wrong-passphrase' });
    throw error;
  }
  let plan: unknown;
  try {
    plan = JSON.parse(inner);
  } catch {
    return fail({ code: 'not-json' });
  }
  return checkPlan(plan, true, now);
}

/**
 * Reads an export file as untrusted input and never throws: the plan, fully checked, or every
 * problem found. The size is checked before anything is parsed, the version before the rest,
 * and an encrypted file's key settings before any key is derived. Dates must lie between
 * 1970-01-01 and a day after `now` (lib/plan/dates.ts); those ahead of `now` are set back to it
 * (clamp-dates.ts). `encrypted` says whether the file was sealed: a plain one anyone could write.
 */
export async function readPlanFile(
  text: string,
  byteSize: number,
  passphrase?: string,
  now: number = Date.now(),
): Promise<ImportResult> {
  try {
    if (byteSize > MAX_FILE_BYTES || text.length > MAX_FILE_BYTES) return fail({ code: 'too-big' });
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return fail({ code: 'not-json' });
    }
    const header = v.safeParse(HeaderSchema, raw);
    if (!header.success) return fail({ code: 'not-lockstep' });
    if (header.output.version > FORMAT_VERSION)
      return fail({ code: 'newer-version', version: header.output.version });

    if (isRecord(raw) && 'encrypted' in raw) {
      const file = v.safeParse(EncryptedFileSchema, raw, { abortPipeEarly: true });
      return file.success
        ? await openSealed(file.output, passphrase, now)
        : fail(...schemaProblems(file.issues, undefined));
    }
    const file = v.safeParse(PlainFileSchema, raw, { abortPipeEarly: true });
    if (!file.success) return fail(...schemaProblems(file.issues, isRecord(raw) ? raw.plan : null));
    return checkPlan(file.output.plan, false, now);
  } catch {
    return fail({ code: 'unreadable' });
  }
}
