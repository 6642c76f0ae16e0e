import { hmacText, sha256Text } from './digest';
import {
  GENESIS,
  inChainOrder,
  type EntryMac,
  type EvidenceDraft,
  type EvidenceEntry,
} from './entry';

/**
 * The chain: each entry's `link` is SHA-256 over the previous entry's link and this entry's
 * content, so changing, reordering or removing an entry breaks every link after it. With the
 * lock on, each link is also signed with HMAC-SHA-256 under the lock's MAC key (`mac`): someone
 * without the passphrase can rebuild the plain chain, never the signatures.
 */

/** The lock's MAC key, and the salt of the key settings it came from. */
export interface MacKey {
  readonly key: CryptoKey;
  readonly salt: string;
}

/** The content an entry's `body` digest covers, in a fixed order. */
export function bodyText(entry: Omit<EvidenceEntry, 'body' | 'link' | 'mac'>): string {
  const { links, files } = entry;
  return JSON.stringify([
    'lockstep evidence v1',
    entry.seq,
    entry.id,
    entry.text,
    entry.happenedAt ?? null,
    entry.recordedAt,
    links.accounts,
    links.devices,
    links.findings,
    files.map((f) => [f.id, f.name, f.type, f.size, f.sha256]),
  ]);
}

/** The link of an entry whose body digest is `body`, after `previous`. */
export const linkText = (previous: string, body: string): string => `${previous}\n${body}`;

/** What a removal digest covers: the removed entry's link and when it was removed. */
export const removalText = (link: string, removedAt: number): string =>
  `${link}\nremoved ${removedAt}`;

/** What an entry's MAC signs: its link, and its removal date once removed. */
export const signedText = (entry: EvidenceEntry): string =>
  entry.removedAt === undefined ? entry.link : removalText(entry.link, entry.removedAt);

async function macOf(entry: EvidenceEntry, mac: MacKey | null): Promise<EntryMac | undefined> {
  return mac ? { salt: mac.salt, value: await hmacText(mac.key, signedText(entry)) } : undefined;
}

const withMac = (entry: EvidenceEntry, mac: EntryMac | undefined): EvidenceEntry => {
  const rest = { ...entry };
  delete (rest as { mac?: EntryMac }).mac;
  return mac ? { ...rest, mac } : rest;
};

/** The last link of the chain (GENESIS when empty): what the report prints as its head. */
export function chainHead(entries: readonly EvidenceEntry[]): string {
  return inChainOrder(entries).at(-1)?.link ?? GENESIS;
}

/** A new entry after `entries`, linked and (lock on) signed. */
export async function appendEntry(
  entries: readonly EvidenceEntry[],
  draft: EvidenceDraft,
  { id, now, mac }: { id: string; now: number; mac: MacKey | null },
): Promise<EvidenceEntry> {
  const ordered = inChainOrder(entries);
  const seq = (ordered.at(-1)?.seq ?? 0) + 1;
  const { happenedAt, ...rest } = draft;
  const content = { ...rest, ...(happenedAt ? { happenedAt } : {}), id, seq, recordedAt: now };
  const body = await sha256Text(bodyText(content));
  const link = await sha256Text(linkText(chainHead(ordered), body));
  const entry: EvidenceEntry = { ...content, body, link };
  return withMac(entry, await macOf(entry, mac));
}

/**
 * The entry as removed: its words, dates it happened, links and files are gone; its number,
 * digests and the removal date stay, so the chain still holds and shows "removed on …".
 */
export async function removeEntry(
  entry: EvidenceEntry,
  { now, mac }: { now: number; mac: MacKey | null },
): Promise<EvidenceEntry> {
  const removed: EvidenceEntry = {
    id: entry.id,
    seq: entry.seq,
    text: '',
    links: { accounts: [], devices: [], findings: [] },
    files: [],
    recordedAt: entry.recordedAt,
    body: entry.body,
    link: entry.link,
    removedAt: now,
    removal: await sha256Text(removalText(entry.link, now)),
  };
  return withMac(removed, await macOf(removed, mac));
}

/**
 * Signs the entries that have no MAC under `mac`'s key settings (written with the lock off, or
 * under an older passphrase). Call only after the log was checked and holds: signing vouches
 * for what is there now. Returns only the entries that changed.
 */
export async function signEntries(
  entries: readonly EvidenceEntry[],
  mac: MacKey,
): Promise<EvidenceEntry[]> {
  const unsigned = entries.filter((e) => e.mac?.salt !== mac.salt);
  return Promise.all(unsigned.map(async (e) => withMac(e, await macOf(e, mac))));
}
