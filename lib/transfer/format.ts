/**
 * The export file, version 4. Either the plan in the clear:
 *
 *   { "format": "lockstep-plan", "version": 4, "exportedAt": <ms>, "plan": { accounts, progress,
 *     records, localHelpLine } }
 *
 * or sealed with a passphrase (the plan's JSON, AES-GCM 256, key by PBKDF2-SHA-256, with
 * `EXPORT_CONTEXT` bound in as additional data):
 *
 *   { "format": "lockstep-plan", "version": 4, "exportedAt": <ms>, "encrypted": { "kdf":
 *     { algorithm, iterations, salt }, "sealed": { iv, data } } }
 *
 * In discreet mode the file says `"format": "notes-plan"` instead; both are read alike.
 *
 * Version 2 added `records` (lib/plan/records.ts: phone lines, look-first answers, decisions,
 * step history, findings, device checks, notes); version 1 files have none and still import.
 * Version 3 added eight kinds of account (issue 32: home internet, mail and address, government,
 * health, fitness, game consoles, co-parenting, dating) and device records
 * (lib/device/device-record.ts): a version 2 reader refuses the file as newer instead of failing
 * on a kind it does not know or dropping the devices.
 * Version 4 keeps the guided device checks' marks on device records (issue 30): a file of
 * version 2 or 3 may carry the old per-kind `device-check` records, and the import moves them
 * the same way the plan does (lib/device/move-check-marks.ts).
 * A later version that changes the meaning of a field bumps `version`; this Lockstep refuses
 * versions it does not know instead of guessing.
 */
import * as v from 'valibot';
import { ACCOUNT_KINDS } from '../plan/kinds';
import { STEP_STATUSES } from '../plan/types';
import { MAX_ITERATIONS } from '../crypto/seal';

export const FORMAT = 'lockstep-plan';
/** The same format under a name that does not say "Lockstep", written in discreet mode. */
export const DISCREET_FORMAT = 'notes-plan';
const formatName = v.picklist([FORMAT, DISCREET_FORMAT]);
export const FORMAT_VERSION = 4;
/** Every version this Lockstep reads. */
export const READABLE_VERSIONS = [1, 2, 3, 4] as const;
/** Refused before reading: 300 accounts with all their steps make about 150 KB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/**
 * Bound into an encrypted export: such a file can never pass for Lockstep's own stored vault,
 * nor a file of one version for another.
 */
export const exportContext = (version: number): string => `${FORMAT}-${version}`;
export const EXPORT_CONTEXT = exportContext(FORMAT_VERSION);
export { MAX_ITERATIONS };

const MAX_ACCOUNTS = 5_000;
const MAX_PROGRESS = 200_000;
const MAX_RECORDS = 200_000;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const time = v.pipe(v.number(), v.finite(), v.minValue(0));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
/** How many bytes standard base64 text stands for. */
const base64Bytes = (s: string) => Math.floor((s.replace(/=+$/, '').length * 3) / 4);
/** Standard base64 of at least `bytes` bytes (and not absurdly long). */
const base64 = (bytes: number, maxChars: number) =>
  v.pipe(
    v.string(),
    v.maxLength(maxChars),
    v.regex(/^[A-Za-z0-9+/]*={0,2}$/),
    v.check((s) => base64Bytes(s) >= bytes),
  );

const AccountSchema = v.object({
  id,
  name: v.pipe(
    v.string(),
    v.check((s) => s.trim().length > 0),
    v.maxLength(200),
  ),
  site: text(2048),
  kind: v.picklist(ACCOUNT_KINDS),
  position: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  createdAt: time,
  updatedAt: time,
});

const ProgressSchema = v.object({
  accountId: id,
  stepId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  status: v.picklist(STEP_STATUSES),
  at: time,
});

const HelpLineSchema = v.nullable(v.object({ name: text(200), phone: text(100) }));

export const PlanSchema = v.object({
  accounts: v.pipe(v.array(AccountSchema), v.maxLength(MAX_ACCOUNTS)),
  progress: v.pipe(v.array(ProgressSchema), v.maxLength(MAX_PROGRESS)),
  /** Each record is read by lib/plan/read-records.ts (the same reader as storage's). */
  records: v.optional(v.pipe(v.array(v.unknown()), v.maxLength(MAX_RECORDS)), []),
  localHelpLine: HelpLineSchema,
});

/** The first look at a file: what it claims to be, before trusting anything else in it. */
export const HeaderSchema = v.looseObject({
  format: formatName,
  version: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
});

export const PlainFileSchema = v.object({
  format: formatName,
  version: v.picklist(READABLE_VERSIONS),
  exportedAt: time,
  plan: PlanSchema,
});

/** Key settings are only shape-checked here: their strength is judged before any derivation. */
export const EncryptedFileSchema = v.object({
  format: formatName,
  version: v.picklist(READABLE_VERSIONS),
  exportedAt: time,
  encrypted: v.object({
    kdf: v.object({
      algorithm: v.string(),
      iterations: v.pipe(v.number(), v.safeInteger()),
      salt: base64(16, 100),
    }),
    sealed: v.object({ iv: base64(12, 100), data: base64(16, MAX_FILE_BYTES) }),
  }),
});
