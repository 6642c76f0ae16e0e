import type { MacKey } from '../evidence/chain';
import { deleteFiles, putFile, readFile } from './evidence-files';
import { readFileChunks } from './evidence-file-stream';
import { resealFiles, type ResealProgress, type ResealResult } from './evidence-reseal';
import type { StorageContext } from './held-key';

/** What the evidence page sees of its files' storage (IndexedDB only). */
export interface EvidenceFileStore {
  /** Stores a file's bytes, sealed if the lock is on. */
  put(fileId: string, bytes: Uint8Array): Promise<void>;
  /** A file's bytes; FileDamagedError when its parts do not fit together. */
  read(fileId: string, size: number): Promise<Uint8Array<ArrayBuffer>>;
  /** A file's bytes one chunk at a time (the archive); the same checks as `read`. */
  chunks(fileId: string, size: number): AsyncIterable<Uint8Array<ArrayBuffer>>;
  remove(fileIds: readonly string[]): Promise<void>;
  /** Brings every chunk in line with the lock; resumes an interrupted run. */
  reseal(progress?: ResealProgress): Promise<ResealResult>;
  /** The lock's MAC key for the chain, when the lock is on and open (lib/crypto/keys.ts). */
  macKey(): MacKey | null;
}

/** The evidence files of one opened storage. */
export function evidenceFileStore(context: StorageContext): EvidenceFileStore {
  return {
    put: (fileId, bytes) => putFile(context, fileId, bytes),
    read: (fileId, size) => readFile(context, fileId, size),
    chunks: (fileId, size) => readFileChunks(context, fileId, size),
    remove: (fileIds) => deleteFiles(context, fileIds),
    reseal: (progress) => resealFiles(context, progress),
    macKey() {
      const key = context.held.key;
      return key?.mac ? { key: key.mac, salt: key.salt } : null;
    },
  };
}
