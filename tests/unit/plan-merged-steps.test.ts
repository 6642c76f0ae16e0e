import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RETIRED_STEP_IDS, stepsFor } from '@/lib/plan/playbook';
import { MERGED_STEPS, mergedMark, withMergedMarks } from '@/lib/plan/playbook-merged-steps';
import { accountProgress, indexProgress } from '@/lib/plan/progress';
import { STEP_STATUSES, type StepProgress, type StepStatus } from '@/lib/plan/types';
import { createPlanStore } from '@/lib/state/plan-store';
import { createMemoryStorage } from '@/lib/storage/memory-storage';
import { exportPlan } from '@/lib/transfer/export-plan';
import { readPlanFile } from '@/lib/transfer/import-plan';
import { mergePlans } from '@/lib/transfer/merge-plans';
import { makeAccount } from '../fixtures/accounts';

const cloud = makeAccount({ id: 'c', name: 'iCloud', site: 'icloud.com', kind: 'device-cloud' });
const mark = (stepId: string, status: StepStatus, at = 1): StepProgress => ({
  accountId: 'c',
  stepId,
  status,
  at,
});
const statusOf = (progress: readonly StepProgress[], stepId: string) =>
  indexProgress(progress).get('c')?.get(stepId)?.status;

describe('merged steps keep the marks of the steps they replace (issue 31)', () => {
  it('retires the old ids and shows the merged steps instead', () => {
    const ids = stepsFor('device-cloud').map((s) => s.id);
    for (const [merged, old] of Object.entries(MERGED_STEPS)) {
      expect(ids).toContain(merged);
      for (const id of old) {
        expect(ids).not.toContain(id);
        expect(RETIRED_STEP_IDS).toContain(id);
      }
    }
  });

  it('is done only when every old step was done or not applicable', () => {
    const both = [mark('cloud_location_sharing', 'done', 5), mark('cloud_find_my', 'na', 9)];
    expect(mergedMark('c', 'cloud_location_and_devices', both)).toEqual({
      ...mark('cloud_location_and_devices', 'done', 9),
    });
    expect(statusOf([mark('cloud_location_sharing', 'done')], 'cloud_location_and_devices')).toBe(
      undefined,
    );
    const na = [mark('cloud_shared_content', 'na'), mark('cloud_backups', 'na')];
    expect(statusOf(na, 'cloud_sharing_and_sync')).toBe('na');
  });

  it('stays open, as skipped, when an old step was skipped', () => {
    const marks = [mark('cloud_shared_content', 'done', 3), mark('cloud_backups', 'skipped', 4)];
    expect(statusOf(marks, 'cloud_sharing_and_sync')).toBe('skipped');
  });

  it('lets a mark on the merged step win, and counts it in the account progress', () => {
    const marks = [
      mark('cloud_location_sharing', 'done'),
      mark('cloud_find_my', 'done'),
      mark('cloud_location_and_devices', 'skipped', 2),
    ];
    expect(statusOf(marks, 'cloud_location_and_devices')).toBe('skipped');
    const done = indexProgress(marks.slice(0, 2));
    expect(accountProgress(cloud, done).finished).toBe(1);
  });

  it('loses no mark and is idempotent, whatever the marks', () => {
    const ids = [
      ...Object.keys(MERGED_STEPS),
      ...Object.values(MERGED_STEPS).flat(),
      'new_password',
    ];
    const marks = fc.uniqueArray(
      fc.record({
        accountId: fc.constantFrom<string>('c', 'd'),
        stepId: fc.constantFrom(...ids),
        status: fc.constantFrom(...STEP_STATUSES),
        at: fc.integer({ min: 1, max: 1e12 }),
      }),
      { selector: (p) => `${p.accountId} ${p.stepId}` },
    );
    fc.assert(
      fc.property(marks, (progress) => {
        const once = withMergedMarks(progress);
        for (const p of progress) expect(once).toContain(p);
        expect(withMergedMarks(once)).toEqual(once);
        // A merged mark is "done" only if every old step is finished.
        for (const p of once.filter((m) => m.stepId in MERGED_STEPS && m.status === 'done')) {
          if (progress.includes(p)) continue;
          const old = MERGED_STEPS[p.stepId]!.map((id) =>
            progress.find((m) => m.accountId === p.accountId && m.stepId === id),
          );
          expect(old.every((m) => m?.status === 'done' || m?.status === 'na')).toBe(true);
        }
      }),
    );
  });

  it('imports an older export with the old ids the same way', async () => {
    const old = [mark('cloud_location_sharing', 'done', 5), mark('cloud_find_my', 'done', 6)];
    const text = await exportPlan({
      accounts: [cloud],
      progress: old,
      records: [],
      localHelpLine: null,
    });
    const result = await readPlanFile(text, text.length);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.plan.progress).toEqual(old);
    expect(statusOf(result.plan.progress, 'cloud_location_and_devices')).toBe('done');
    const empty = { accounts: [], progress: [], records: [], localHelpLine: null };
    const merged = mergePlans(empty, result.plan);
    expect(merged.progress).toHaveLength(2);
  });

  it('takes a merged step back to "to do" for good, old marks too', async () => {
    const storage = createMemoryStorage();
    await storage.putAccounts([cloud]);
    await storage.putProgress(mark('cloud_shared_content', 'done'));
    await storage.putProgress(mark('cloud_backups', 'done'));
    const store = createPlanStore({ storage });
    await store.reload();
    expect(store.progress.value.get('c')?.get('cloud_sharing_and_sync')?.status).toBe('done');
    await store.setStepStatus('c', 'cloud_sharing_and_sync', 'todo');
    await store.reload();
    expect(store.progress.value.get('c')?.get('cloud_sharing_and_sync')).toBeUndefined();
    expect((await storage.load()).progress).toEqual([]);
  });
});
