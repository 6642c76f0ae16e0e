/**
 * The evidence log's entries: what happened in the person's words, when it happened (if known,
 * kept apart from when it was written down), what it links to in the plan, and the files added.
 * Pure types and limits; the chain is in chain.ts, the check in check.ts.
 */

/** A file the person added: its bytes live in the chunk store, sealed with the lock. */
export interface EvidenceFile {
  readonly id: string;
  readonly name: string;
  /** The MIME type the browser gave (may be empty). */
  readonly type: string;
  readonly size: number;
  /** SHA-256 of the original bytes, lowercase hex. */
  readonly sha256: string;
}

/** What an entry points to in the plan, by id. */
export interface EvidenceLinks {
  readonly accounts: readonly string[];
  /** Device kinds (lib/plan/records.ts DEVICE_KINDS). */
  readonly devices: readonly string[];
  readonly findings: readonly string[];
}

/** What the person writes and adds; the log gives it a number, a date and its digests. */
export interface EvidenceDraft {
  readonly text: string;
  /** When it happened, as picked: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (local), or none. */
  readonly happenedAt?: string;
  readonly links: EvidenceLinks;
  readonly files: readonly EvidenceFile[];
}

/** The MAC over an entry's link, made with the lock's MAC key (see lib/crypto/keys.ts). */
export interface EntryMac {
  /** The salt of the key settings the MAC key came from: which passphrase signed it. */
  readonly salt: string;
  /** HMAC-SHA-256, lowercase hex. */
  readonly value: string;
}

export interface EvidenceEntry extends EvidenceDraft {
  readonly id: string;
  /** 1, 2, 3…: its place in the chain; never reused. */
  readonly seq: number;
  readonly recordedAt: number;
  /** SHA-256 of the entry's content (see chain.ts `bodyText`), hex. */
  readonly body: string;
  /** SHA-256 over the previous entry's link and this body, hex: the chain. */
  readonly link: string;
  /** Present when the lock was on as it was written or last checked. */
  readonly mac?: EntryMac;
  /** Set when the person removed it: its words and files are gone, its link stays. */
  readonly removedAt?: number;
  /** SHA-256 over the link and the removal date, hex: a removal date cannot be changed unseen. */
  readonly removal?: string;
}

/** Limits, stated to the person where files are added. */
export const EVIDENCE_LIMITS = {
  /** 25 MB per file. */
  fileBytes: 25 * 1024 * 1024,
  filesPerEntry: 20,
  text: 10_000,
  name: 300,
  links: 50,
} as const;

/** Files are sealed in 1 MiB chunks. */
export const CHUNK_BYTES = 1024 * 1024;

/** The link before the first entry. */
export const GENESIS = '0'.repeat(64);

/** Whether this entry was removed by the person. */
export const isRemoved = (entry: EvidenceEntry): boolean => entry.removedAt !== undefined;

/** Entries in chain order. */
export const inChainOrder = (entries: readonly EvidenceEntry[]): EvidenceEntry[] =>
  [...entries].sort((a, b) => a.seq - b.seq);
