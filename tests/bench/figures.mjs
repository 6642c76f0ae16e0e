// How the bench reports: one JSON line per figure on stdout, progress on stderr. Every step has
// a bound: a figure it could not measure in time is reported as missing and the bench goes on.
import { clearTimeout, setTimeout } from 'node:timers';

/** How long one step (a few figures measured together) may take before its figures are missing. */
export const STEP_TIMEOUT_MS = Number(process.env.BENCH_STEP_TIMEOUT_MS ?? 240_000);
/** How long one wait inside a page or the worker may take (a mark, a key leaving storage). */
export const WAIT_TIMEOUT_MS = 30_000;

/** The value at quantile q (0–1) of a list of numbers, linearly interpolated. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

/** The median of a list of numbers. */
export const median = (values) => quantile(values, 0.5);

const round = (value) => Math.round(value * 100) / 100;
const reported = new Set();

/** Prints one figure as a JSON line. */
export function report(metric, value, unit, extra = {}) {
  if (reported.has(metric)) return; // a step that ran past its bound and was reported missing
  reported.add(metric);
  if (typeof value !== 'number' || !Number.isFinite(value))
    return reportMissing(metric, 'no number was measured');
  console.log(JSON.stringify({ metric, value: round(value), unit, ...extra }));
}

/**
 * A ratio of interleaved runs: the median of `top` over the median of `bottom`, with the
 * interquartile range of the run-by-run ratios beside it (how much it moved between runs).
 */
export function reportRatio(metric, top, bottom) {
  const runs = top.map((value, i) => value / bottom[i]);
  const [q1, q3] = [quantile(runs, 0.25), quantile(runs, 0.75)];
  report(metric, median(top) / median(bottom), 'ratio', {
    iqr: round(q3 - q1),
    q1: round(q1),
    q3: round(q3),
  });
}

/** Prints a figure that could not be measured, and why. */
export function reportMissing(metric, reason) {
  if (reported.has(metric)) return;
  reported.add(metric);
  console.log(JSON.stringify({ metric, value: null, missing: reason }));
  console.error(`bench: ${metric} is missing: ${reason}`);
}

/** Rejects with a message naming `what` when `promise` has not settled within `ms`. */
export function within(ms, what, promise) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Runs one step that reports the named figures. If it fails or takes longer than its bound,
 * every figure it had not reported yet is reported missing, with the reason, and the bench goes on.
 */
export async function step(figures, run, ms = STEP_TIMEOUT_MS) {
  try {
    await within(ms, `measuring ${figures.join(', ')}`, run());
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    for (const figure of figures) if (!reported.has(figure)) reportMissing(figure, reason);
  }
}
