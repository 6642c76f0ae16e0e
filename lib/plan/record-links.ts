import { toRecord, type PlanRecord, type RecordType } from './records';

/**
 * How records refer to accounts, for the import's merge (kept apart from records.ts, which is
 * in every page's first download).
 */

/** When a record was last changed: what a merge compares. */
export function recordTime(record: PlanRecord): number {
  const value = record.value as { at?: number; updatedAt?: number };
  return value.updatedAt ?? value.at ?? 0;
}

/** Account references inside each type's value. */
const ACCOUNT_FIELDS: { readonly [T in RecordType]: readonly string[] } = {
  'phone-line': ['carrierAccountId'],
  assessment: ['accountId', 'signInWithId', 'recoveryEmailId'],
  decision: ['accountId'],
  'step-event': ['accountId'],
  finding: ['accountId'],
  'device-check': [],
  note: ['accountId'],
  // Item keys name accounts too (step:<account>:<step>); a merge keeps them as they are.
  'check-up': [],
  device: ['signedInIds'],
  start: [],
  // Its links are inside the chained content: a merge keeps them as they are.
  evidence: [],
  'account-choices': ['accountId'],
};

/**
 * The record with its account references renamed (an import's account paired with one of this
 * plan's). Its identity and owner follow.
 */
export function renameAccounts(
  record: PlanRecord,
  rename: (accountId: string) => string,
): PlanRecord {
  const value: Record<string, unknown> = { ...record.value };
  for (const field of ACCOUNT_FIELDS[record.type]) {
    const id = value[field];
    if (typeof id === 'string') value[field] = rename(id);
    else if (Array.isArray(id)) value[field] = id.map((each: string) => rename(each));
  }
  return toRecord(record.type, value as never);
}
