import type { readRecord as ReadRecord } from '../plan/read-records';
import type { PlanRecord } from '../plan/records';
import type { Account, LocalHelpLine, StepProgress } from '../plan/types';
import type { PlanData } from './plan-storage';
import { NO_FACTS, readFacts, type SealedFacts } from './sealed-facts';
import { readAccount, readProgress, readSettings } from './validate';

/** The plan as text, for sealing, with what only the sealed copy says (sealed-facts.ts). */
export function encodePlan(data: PlanData, facts: SealedFacts = NO_FACTS): string {
  return JSON.stringify({
    accounts: data.accounts,
    progress: data.progress,
    records: data.records,
    localHelpLine: data.localHelpLine,
    changedAt: facts.changedAt,
    checkWord: facts.checkWord,
    resealing: facts.resealing,
    settings: facts.settings,
  });
}

/**
 * The plan back from text that was sealed by `encodePlan`. Damaged records are skipped and
 * counted, as in the plain stores; text that is not a plan at all gives an empty plan.
 */
export function decodePlan(
  text: string,
  /** lib/plan/read-records.ts's reader, passed in: it loads apart from the first download. */
  readRecord: typeof ReadRecord,
): { data: PlanData; skipped: number; facts: SealedFacts } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { data: EMPTY_PLAN, skipped: 1, facts: NO_FACTS };
  }
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const rawAccounts = Array.isArray(record.accounts) ? (record.accounts as unknown[]) : [];
  const rawProgress = Array.isArray(record.progress) ? (record.progress as unknown[]) : [];
  // Vaults sealed before schema 3 have no records.
  const rawRecords = Array.isArray(record.records) ? (record.records as unknown[]) : [];
  const rows = readRows(rawAccounts, rawProgress, rawRecords, readRecord);
  const { settings, damaged } = readSettings([
    { key: 'localHelpLine', value: record.localHelpLine ?? null },
  ]);
  const localHelpLine: LocalHelpLine | null = settings.localHelpLine;
  return {
    data: {
      accounts: rows.accounts,
      progress: rows.progress,
      records: rows.records,
      localHelpLine,
    },
    facts: readFacts(record),
    skipped: rows.skipped + damaged,
  };
}

/**
 * Accounts, progress and records read and checked, wherever they were kept (the plain stores or
 * the sealed plan): damaged ones are skipped and counted, never thrown.
 */
export function readRows(
  rawAccounts: readonly unknown[],
  rawProgress: readonly unknown[],
  rawRecords: readonly unknown[],
  readRecord: typeof ReadRecord,
): { accounts: Account[]; progress: StepProgress[]; records: PlanRecord[]; skipped: number } {
  const accounts = rawAccounts
    .map((raw) => readAccount(raw))
    .filter((a): a is Account => a !== null);
  const progress = rawProgress
    .map((raw) => readProgress(raw))
    .filter((p): p is StepProgress => p !== null);
  const records = rawRecords
    .map((raw) => readRecord(raw))
    .filter((r): r is PlanRecord => r !== null);
  const skipped =
    rawAccounts.length -
    accounts.length +
    rawProgress.length -
    progress.length +
    rawRecords.length -
    records.length;
  return { accounts, progress, records, skipped };
}

export const EMPTY_PLAN: PlanData = {
  accounts: [],
  progress: [],
  records: [],
  localHelpLine: null,
};
