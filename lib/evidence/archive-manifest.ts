import type { LogCheck } from './check';
import { GENESIS, inChainOrder, type EvidenceEntry, type EvidenceFile } from './entry';

/**
 * The archive's `manifest.json`: every entry as stored (its words, dates, digests, link and
 * signature), every file with its path in the archive and its SHA-256, and the chain (the
 * digest it starts from, its head, and whether it held when the archive was made). Pure.
 */

export const MANIFEST_FORMAT = 'lockstep-evidence-archive';
/** The same manifest under a name that does not say "Lockstep" (discreet mode). */
export const DISCREET_MANIFEST_FORMAT = 'notes-archive';
export const MANIFEST_VERSION = 1;

export interface ManifestFile extends EvidenceFile {
  /** Where the file sits in the archive, e.g. `files/3-1-photo.jpg`. */
  readonly path: string;
  /** The entry it belongs to, by number. */
  readonly entry: number;
  /** Whether the bytes put in the archive still matched `sha256` (set as the file is read). */
  readonly matches: boolean;
}

export interface Manifest {
  readonly format: typeof MANIFEST_FORMAT | typeof DISCREET_MANIFEST_FORMAT;
  readonly version: typeof MANIFEST_VERSION;
  /** ISO 8601, UTC. */
  readonly createdAt: string;
  readonly chain: {
    readonly digest: 'SHA-256';
    readonly genesis: string;
    readonly head: string;
    readonly entries: number;
    readonly removed: number;
    readonly holds: boolean;
  };
  readonly entries: readonly EvidenceEntry[];
  readonly files: readonly ManifestFile[];
}

/** A name any file system takes: letters, digits, `.`, `-` and `_` only, at most 80 long. */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(-80);
  return cleaned || 'file';
}

/** Each file's path: `files/<entry>-<place in the entry>-<safe name>`, never twice the same. */
export function filePath(entry: EvidenceEntry, index: number, file: EvidenceFile): string {
  return `files/${entry.seq}-${index + 1}-${safeFileName(file.name)}`;
}

/** Every file of the log with its entry and path, in chain order. */
export function archiveFiles(entries: readonly EvidenceEntry[]) {
  return inChainOrder(entries).flatMap((entry) =>
    entry.files.map((file, index) => ({ entry, file, path: filePath(entry, index, file) })),
  );
}

/** The manifest of `entries`; `matched` says which files' bytes matched their digest. */
export function buildManifest(
  entries: readonly EvidenceEntry[],
  check: LogCheck,
  {
    now,
    matched,
    discreet = false,
  }: { now: number; matched: ReadonlySet<string>; discreet?: boolean },
): Manifest {
  return {
    format: discreet ? DISCREET_MANIFEST_FORMAT : MANIFEST_FORMAT,
    version: MANIFEST_VERSION,
    createdAt: new Date(now).toISOString(),
    chain: {
      digest: 'SHA-256',
      genesis: GENESIS,
      head: check.head,
      entries: check.total,
      removed: check.removed,
      holds: check.holds,
    },
    entries: inChainOrder(entries),
    files: archiveFiles(entries).map(({ entry, file, path }) => ({
      ...file,
      path,
      entry: entry.seq,
      matches: matched.has(file.id),
    })),
  };
}
