import type { DeviceKind } from '../plan/records';
import type { StoreCore } from '../state/store-core';

/**
 * Moves the old per-kind check marks onto device records (lib/device/move-check-marks.ts), once
 * the plan is open here (after an unlock when it is sealed). One transaction: the old marks go
 * only with the new ones kept. Its code loads only when old marks wait.
 */
export function deviceMarkActions({ records, storage, write, now }: StoreCore) {
  /** True when marks were moved and kept; false when none waited or the write failed. */
  async function moveOldCheckMarks(label: (kind: DeviceKind) => string): Promise<boolean> {
    if (!records.value.some((r) => r.type === 'device-check')) return false;
    const { moveCheckMarks, withMarksMoved } = await import('./move-check-marks');
    const at = now();
    const { put, remove } = moveCheckMarks(records.value, label, at);
    if (remove.length === 0) return false;
    records.value = withMarksMoved(records.value, label, at);
    return write(() => storage.deleteRecords(remove, put));
  }

  return { moveOldCheckMarks };
}
