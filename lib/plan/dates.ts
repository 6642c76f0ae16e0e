/**
 * The dates Lockstep believes. Every date in the plan (a step marked, an account added or
 * changed) was written by this device's clock, so it lies between 1970-01-01 and now, with a
 * day's leeway for another device's clock that runs a little fast. Anything else (9e15, 1e300,
 * a negative number) cannot be right: an import refuses it, a stored one is read as unknown.
 */

/** The earliest date believed: 1970-01-01, ms since the epoch. Also stands for "unknown". */
export const EARLIEST_DATE = 0;
/** How far ahead of this device's clock a date may be: another device's clock may run fast. */
export const FUTURE_LEEWAY_MS = 24 * 60 * 60 * 1000;
/** The date a record gets when its own cannot be right; shown as "an unknown date". */
export const UNKNOWN_DATE = 0;

/** Whether `time` is a date Lockstep believes: a number from 1970-01-01 to a day from now. */
export function isSaneDate(time: unknown, now: number = Date.now()): time is number {
  return (
    typeof time === 'number' &&
    Number.isFinite(time) &&
    time >= EARLIEST_DATE &&
    time <= now + FUTURE_LEEWAY_MS
  );
}

/** `time` when it can be right, else `UNKNOWN_DATE`. */
export function saneDateOr(time: unknown, now: number = Date.now()): number {
  return isSaneDate(time, now) ? time : UNKNOWN_DATE;
}

/** Whether a date is known (not the unknown date and not out of range). */
export function isKnownDate(time: unknown, now: number = Date.now()): time is number {
  return isSaneDate(time, now) && time !== UNKNOWN_DATE;
}

/**
 * The latest date a schedule (the next check-up) may hold: the longest rhythm is three months,
 * so a year leaves room for any clock; 9e15 or 1e300 still cannot be right.
 */
export const SCHEDULE_HORIZON_MS = 366 * 24 * 60 * 60 * 1000;

/**
 * Whether `time` is a date a schedule can hold: unlike a thing that happened (a step marked, an
 * account added), a schedule lies ahead, up to a year from now.
 */
export function isScheduleDate(time: unknown, now: number = Date.now()): time is number {
  return (
    typeof time === 'number' &&
    Number.isFinite(time) &&
    time > EARLIEST_DATE &&
    time <= now + SCHEDULE_HORIZON_MS
  );
}
