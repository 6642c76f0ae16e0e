import { toRecord, valuesOf } from '../plan/records';
import type { StoreCore } from '../state/store-core';
import type { ResealProgress } from '../storage/evidence-reseal';
import { appendEntry, removeEntry } from './chain';
import { checkLog, type LogCheck } from './check';
import { sha256Bytes } from './digest';
import { EVIDENCE_LIMITS, type EvidenceDraft, type EvidenceFile } from './entry';
import { ensureRoom } from './room-guard';

/**
 * Actions on the evidence log: add an entry (its files sealed first, then the entry chained),
 * remove one (it stays as a dated link, its files deleted), check the log, read a file back.
 * The log needs IndexedDB: in memory or in an advocate session there is none.
 */

/** A file picked by the person, read into memory. */
export interface PickedFile {
  readonly name: string;
  readonly type: string;
  readonly bytes: Uint8Array<ArrayBuffer>;
}

/** A picked file larger than the limit: refused before anything is kept. */
export class FileTooLargeError extends Error {
  constructor(readonly fileName: string) {
    super(`${fileName} is larger than the limit.`);
    this.name = 'FileTooLargeError';
  }
}

export function evidenceActions({ records, storage, write, now, newId }: StoreCore) {
  // Read when used, never when the set is built (the registry builds sets from a bare core).
  const files = () => storage.evidenceFiles;
  const entries = () => valuesOf(records.value, 'evidence');
  const mac = () => files()?.macKey() ?? null;

  /** Adds an entry; its files are stored (sealed if locked) before the entry that names them. */
  async function addEvidence(
    draft: Omit<EvidenceDraft, 'files'>,
    picked: readonly PickedFile[],
  ): Promise<boolean> {
    const tooLarge = picked.find((f) => f.bytes.length > EVIDENCE_LIMITS.fileBytes);
    if (tooLarge) throw new FileTooLargeError(tooLarge.name);
    if (picked.length > 0 && !files()) return false;
    await ensureRoom(picked.map((f) => f.bytes.length));
    const started = performance.now();
    const kept: EvidenceFile[] = [];
    for (const file of picked) {
      const id = newId();
      const sha256 = await sha256Bytes(file.bytes);
      await files()?.put(id, file.bytes);
      const name = file.name.slice(0, EVIDENCE_LIMITS.name);
      kept.push({ id, name, type: file.type.slice(0, 200), size: file.bytes.length, sha256 });
    }
    const options = { id: newId(), now: now(), mac: mac() };
    const entry = await appendEntry(entries(), { ...draft, files: kept }, options);
    const record = toRecord('evidence', entry);
    records.value = [...records.value, record];
    const written = await write(() => storage.putRecords([record]));
    performance.measure('lockstep:evidence-add', { start: started }); // read by `npm run bench`
    return written;
  }

  /** Removes an entry's words and files; a dated "removed" link stays in the chain. */
  async function removeEvidence(id: string): Promise<boolean> {
    const entry = entries().find((e) => e.id === id);
    if (!entry || entry.removedAt !== undefined) return false;
    const removed = toRecord('evidence', await removeEntry(entry, { now: now(), mac: mac() }));
    records.value = records.value.map((r) => (r.type === 'evidence' && r.id === id ? removed : r));
    const kept = await write(() => storage.putRecords([removed]));
    if (kept) await files()?.remove(entry.files.map((f) => f.id));
    return kept;
  }

  /** Recomputes every digest, link and signature it can. */
  const checkEvidence = (earlierHead?: string): Promise<LogCheck> =>
    checkLog(entries(), { mac: mac(), earlierHead });

  /** A file's bytes, and whether they still match the SHA-256 kept in the entry. */
  async function evidenceFile(
    file: EvidenceFile,
  ): Promise<{ bytes: Uint8Array<ArrayBuffer>; holds: boolean }> {
    const store = files();
    if (!store) throw new Error('No files here.');
    const bytes = await store.read(file.id, file.size);
    return { bytes, holds: (await sha256Bytes(bytes)) === file.sha256 };
  }

  /** Brings the files in line with the lock (after it was set or turned off). */
  const resealEvidence = (progress?: ResealProgress) =>
    files()?.reseal(progress) ?? Promise.resolve('done' as const);

  return {
    addEvidence,
    removeEvidence,
    checkEvidence,
    evidenceFile,
    resealEvidence,
    evidenceKeepsFiles: () => files() !== undefined,
  };
}
