import type { StoreCore } from '../state/store-core';
import { recordKey, toRecord, type RecordType, type RecordValues } from './records';

/**
 * Actions on the plan's records, which every capability keeps through the same two doors:
 * look-first answers and decisions, check-ups, device checks and findings, advocate notes.
 */
export function recordActions({ records, storage, write }: StoreCore) {
  /** Adds or replaces one record (a finding, a device check, an answer…). */
  async function saveRecord<T extends RecordType>(
    type: T,
    value: RecordValues[T],
  ): Promise<boolean> {
    const record = toRecord(type, value);
    const key = recordKey(record);
    records.value = [...records.value.filter((r) => recordKey(r) !== key), record];
    return write(() => storage.putRecords([record]));
  }

  async function removeRecord(type: RecordType, id: string): Promise<boolean> {
    records.value = records.value.filter((r) => r.type !== type || r.id !== id);
    return write(() => storage.deleteRecords([[type, id]]));
  }

  return { saveRecord, removeRecord };
}
