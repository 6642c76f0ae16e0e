import type { Sealed } from '../crypto/seal';

/**
 * What the evidence log's files add to the database (schema version 4): a store of file chunks,
 * and one record in the vault store for the key the chunks are sealed with.
 */

/** One chunk of a file the person added, keyed by file and index. */
export interface ChunkRecord {
  readonly fileId: string;
  readonly index: number;
  readonly last: boolean;
  /** Present when sealed (AES-GCM under the files key); absent: `data` is the plain bytes. */
  readonly iv?: Uint8Array<ArrayBuffer>;
  /** `1` when sealed: indexed (`bySealed`), so plain chunks are counted without reading them. */
  readonly sealed?: 1;
  readonly data: Uint8Array<ArrayBuffer>;
}

export type ChunkKey = [fileId: string, index: number];

/** The settings row (plain store) that holds the files key's state; readSettings ignores it. */
export const FILES_KEY_SETTING = 'evidenceFilesKey';

/**
 * The files key: a random AES-GCM key the chunks are sealed with, so a new passphrase re-wraps
 * one small value and never re-seals the files. With the lock on it is wrapped under the data
 * key (`salt` says which passphrase's). `resealTo` records a re-seal of the chunks that has not
 * finished, so the tamper check knows why plain chunks sit beside a sealed plan. While a
 * re-seal to plain runs after the lock is turned off, the key is kept `raw` (the plan is plain
 * by then); the value is deleted when that re-seal ends.
 */
export interface FilesKeyState {
  readonly salt?: string;
  readonly wrapped?: Sealed;
  /** base64, only while re-sealing to plain. */
  readonly raw?: string;
  readonly resealTo?: 'sealed' | 'plain';
}
