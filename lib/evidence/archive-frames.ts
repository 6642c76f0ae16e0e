/**
 * What the evidence archive's pieces are, and why one is refused. Pure types; the sealed
 * format is in archive-sealed.ts, the zip in archive-zip.ts.
 */

/**
 * One piece of an archive: the start mark (small, first: it tells a wrong passphrase from a
 * changed file), a file's chunk, the report or the manifest, or the end mark.
 */
export type FrameMeta =
  | { readonly kind: 'start' }
  | { readonly kind: 'chunk'; readonly id: string; readonly index: number; readonly last: boolean }
  | { readonly kind: 'report' }
  | { readonly kind: 'manifest' }
  | { readonly kind: 'end' };

/**
 * Why an archive is refused. `not-archive`: not one of ours. `newer`: made by a newer Lockstep.
 * `weak-key`: key settings below the floor. `wrong-passphrase`: the passphrase does not open it
 * (or its start was changed). `damaged`: a part was changed, moved, cut off or added.
 * `files-differ`: a file's bytes do not match its digest. `chain`: the entries do not hold
 * together. `not-empty`: this log already has entries. `too-big`: over the stated maximum.
 */
export type ArchiveProblem =
  | 'not-archive'
  | 'newer'
  | 'weak-key'
  | 'wrong-passphrase'
  | 'damaged'
  | 'files-differ'
  | 'chain'
  | 'not-empty'
  | 'too-big';

export class ArchiveError extends Error {
  constructor(readonly problem: ArchiveProblem) {
    super(`The archive cannot be used (${problem}).`);
    this.name = 'ArchiveError';
  }
}

/**
 * The stated maximum: all files of the log together, 1 GiB (the sealed format and the zip both
 * stream, one 1 MiB chunk at a time; a zip without ZIP64 would stop at 4 GiB).
 */
export const ARCHIVE_MAX_BYTES = 1024 * 1024 * 1024;
