import { readRecord } from '../plan/read-records';
import type { PlanRecord } from '../plan/records';
import type { Account, Settings, StepProgress } from '../plan/types';
import { DEFAULT_SETTINGS } from '../plan/types';

/** Everything a running session holds. */
export interface SessionState {
  readonly startedAt: number;
  readonly accounts: readonly Account[];
  readonly progress: readonly StepProgress[];
  readonly records: readonly PlanRecord[];
  readonly settings: Settings;
}

/** Reads a stored session defensively: a damaged record is skipped, never fatal. */
export function toSessionState(raw: unknown): SessionState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Partial<Record<keyof SessionState, unknown>>;
  if (typeof value.startedAt !== 'number') return null;
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null;
  return {
    startedAt: value.startedAt,
    accounts: list(value.accounts).filter(
      (a): a is Account => isObject(a) && typeof a.id === 'string',
    ),
    progress: list(value.progress).filter(
      (p): p is StepProgress =>
        isObject(p) && typeof p.accountId === 'string' && typeof p.stepId === 'string',
    ),
    records: list(value.records).flatMap((r) => {
      const record = readRecord(r);
      return record ? [record] : [];
    }),
    settings: { ...DEFAULT_SETTINGS, ...(isObject(value.settings) ? value.settings : {}) },
  };
}
