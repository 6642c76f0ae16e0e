import { toRecord, type PlanRecord } from '../plan/records';
import type { PlanData } from '../storage/plan-storage';

/**
 * Dates of things that happened (an account added or changed, a step marked, a decision, a
 * note, a finding, a check-up's answers, a device step's mark) cannot lie ahead of this device's clock. An import
 * accepts a day's leeway for another device's fast clock (lib/plan/dates.ts), but a date ahead of
 * now would beat everything the person does until then in a merge: each is set back to now.
 * Schedules (the next check-up) are settings, not plan data, and are never touched here.
 */

/** The fields of a record's value that say when something happened. */
const HAPPENED = ['at', 'updatedAt', 'createdAt', 'startedAt', 'endedAt', 'seenAt'] as const;

const clamp = (time: number, now: number) => (time > now ? now : time);

function clampRecord(record: PlanRecord, now: number): PlanRecord {
  const value: Record<string, unknown> = { ...record.value };
  let changed = false;
  for (const field of HAPPENED) {
    const time = value[field];
    if (typeof time === 'number' && time > now) {
      value[field] = now;
      changed = true;
    }
  }
  if (record.type === 'check-up') {
    const items = record.value.items;
    if (items.some((item) => item.at > now)) {
      value.items = items.map((item) => (item.at > now ? { ...item, at: now } : item));
      changed = true;
    }
  }
  if (record.type === 'device') {
    const marks = record.value.marks;
    if (marks.some((mark) => mark.at > now)) {
      value.marks = marks.map((mark) => (mark.at > now ? { ...mark, at: now } : mark));
      changed = true;
    }
  }
  return changed ? toRecord(record.type, value as never) : record;
}

/** The plan with every date of something that happened no later than `now`. */
export function clampHappenedDates(plan: PlanData, now: number): PlanData {
  const accounts = plan.accounts.map((a) =>
    a.createdAt > now || a.updatedAt > now
      ? { ...a, createdAt: clamp(a.createdAt, now), updatedAt: clamp(a.updatedAt, now) }
      : a,
  );
  const progress = plan.progress.map((p) => (p.at > now ? { ...p, at: now } : p));
  const records = plan.records.map((r) => clampRecord(r, now));
  return { ...plan, accounts, progress, records };
}
