import type { StepProgress } from './types';

/**
 * Steps merged into one because a person does them on the same screen (issue 31: the
 * device-and-cloud playbook for one vendor within 700 words). Step ids are stored with marks, so
 * a merged step gets a new id and the old ones are retired, never reused (RETIRED_STEP_IDS).
 */
export const MERGED_STEPS: Readonly<Record<string, readonly string[]>> = {
  cloud_location_and_devices: ['cloud_location_sharing', 'cloud_find_my'],
  cloud_sharing_and_sync: ['cloud_shared_content', 'cloud_backups'],
};

/** The old ids a merged step replaces (none for any other step). */
export function replacedIds(stepId: string): readonly string[] {
  return MERGED_STEPS[stepId] ?? [];
}

/** Every retired id, with the merged step that replaces it. */
export const MERGED_INTO: ReadonlyMap<string, string> = new Map(
  Object.entries(MERGED_STEPS).flatMap(([merged, old]) => old.map((id) => [id, merged] as const)),
);

/**
 * The mark a merged step takes from the marks on the steps it replaces:
 * - every old step done or not applicable: done (not applicable if all were), dated by the newest;
 * - else, any old step skipped: skipped, dated by the newest skip (it stays open);
 * - else (some old step still to do): no mark, since part of the merged step is not done.
 */
export function mergedMark(
  accountId: string,
  stepId: string,
  old: readonly (StepProgress | undefined)[],
): StepProgress | undefined {
  const marks = old.filter((p): p is StepProgress => p !== undefined);
  if (marks.length === 0) return undefined;
  const newest = (list: readonly StepProgress[]) => Math.max(...list.map((p) => p.at));
  if (marks.length === old.length && marks.every((p) => p.status !== 'skipped')) {
    const status = marks.every((p) => p.status === 'na') ? 'na' : 'done';
    return { accountId, stepId, status, at: newest(marks) };
  }
  const skips = marks.filter((p) => p.status === 'skipped');
  return skips.length ? { accountId, stepId, status: 'skipped', at: newest(skips) } : undefined;
}

/**
 * Stored marks with the merged steps' marks added where an account has marks on the old ids and
 * none on the new one. Pure and idempotent; no mark is dropped (the old ones stay stored, so an
 * export keeps them and an older export imports the same way). A mark on the new id always wins.
 */
export function withMergedMarks(progress: readonly StepProgress[]): readonly StepProgress[] {
  const byAccount = new Map<string, Map<string, StepProgress>>();
  for (const p of progress) {
    const marks = byAccount.get(p.accountId) ?? new Map<string, StepProgress>();
    byAccount.set(p.accountId, marks.set(p.stepId, p));
  }
  const added: StepProgress[] = [];
  for (const [accountId, marks] of byAccount)
    for (const [merged, old] of Object.entries(MERGED_STEPS)) {
      if (marks.has(merged) || !old.some((id) => marks.has(id))) continue;
      const mark = mergedMark(
        accountId,
        merged,
        old.map((id) => marks.get(id)),
      );
      if (mark) added.push(mark);
    }
  return added.length ? [...progress, ...added] : progress;
}
