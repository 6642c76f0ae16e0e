import * as v from 'valibot';
import { ACCOUNT_KINDS } from '../plan/kinds';
import { STEP_STATUSES } from '../plan/types';

/** Every export says what it is and which version of the format wrote it. */
export const FORMAT = 'lockstep-plan';
export const FORMAT_VERSION = 1;
/** Refused before reading: a plan of thousands of accounts is still far below this. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Bound into an encrypted export: such a file can never pass for Lockstep's own stored vault. */
export const EXPORT_CONTEXT = `${FORMAT}-${FORMAT_VERSION}`;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const time = v.pipe(v.number(), v.finite(), v.minValue(0));

const AccountSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  name: v.pipe(
    v.string(),
    v.check((s) => s.trim().length > 0, 'empty'),
    v.maxLength(200),
  ),
  site: text(2048),
  kind: v.picklist(ACCOUNT_KINDS),
  position: v.pipe(v.number(), v.integer(), v.minValue(0)),
  createdAt: time,
  updatedAt: time,
});

const ProgressSchema = v.object({
  accountId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  stepId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  status: v.picklist(STEP_STATUSES),
  at: time,
});

const HelpLineSchema = v.nullable(v.object({ name: text(200), phone: text(100) }));

export const PlanSchema = v.object({
  accounts: v.pipe(v.array(AccountSchema), v.maxLength(5_000)),
  progress: v.pipe(v.array(ProgressSchema), v.maxLength(200_000)),
  localHelpLine: HelpLineSchema,
});

/** The first look at a file: what it claims to be, before trusting anything else in it. */
export const HeaderSchema = v.looseObject({
  format: v.literal(FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

export const PlainFileSchema = v.object({
  format: v.literal(FORMAT),
  version: v.literal(FORMAT_VERSION),
  exportedAt: time,
  plan: PlanSchema,
});

export const EncryptedFileSchema = v.object({
  format: v.literal(FORMAT),
  version: v.literal(FORMAT_VERSION),
  exportedAt: time,
  encrypted: v.object({
    kdf: v.object({
      algorithm: v.string(),
      iterations: v.pipe(v.number(), v.integer()),
      salt: text(100),
    }),
    sealed: v.object({ iv: text(100), data: v.string() }),
  }),
});
