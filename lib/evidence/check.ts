import { bodyText, linkText, removalText, signedText, type MacKey } from './chain';
import { hmacText, sha256Text } from './digest';
import { GENESIS, inChainOrder, type EvidenceEntry } from './entry';

/**
 * "Check this log": recomputes every digest and link, and every signature it can, and says
 * what holds. Pure (WebCrypto only).
 */

/**
 * `changed`: the entry's content does not match its digest. `link`: it does not follow the
 * entry before it (reordered, or one before it changed or went missing). `missing`: a number
 * in the chain is gone. `removal`: a removal date was changed. `signature`: the MAC made with
 * this passphrase does not match (changed by someone without it).
 */
export type ProblemKind = 'changed' | 'link' | 'missing' | 'removal' | 'signature';

export interface LogProblem {
  readonly seq: number;
  readonly kind: ProblemKind;
}

export interface LogCheck {
  /** Every entry in the chain, removed ones included. */
  readonly total: number;
  readonly removed: number;
  readonly problems: readonly LogProblem[];
  /** The last link: what a report prints. */
  readonly head: string;
  /** Signatures checked with this passphrase's MAC key and found right. */
  readonly signed: number;
  /** Entries with no signature this passphrase can check (lock off, or an older passphrase). */
  readonly unsigned: number;
  /** When an earlier head was given (from a printed report): whether the chain still has it. */
  readonly earlierHeadFound?: boolean;
  readonly holds: boolean;
}

async function entryProblems(
  entry: EvidenceEntry,
  previous: string,
  mac: MacKey | null,
): Promise<{ problems: ProblemKind[]; signed: boolean }> {
  const problems: ProblemKind[] = [];
  if (entry.removedAt === undefined) {
    if ((await sha256Text(bodyText(entry))) !== entry.body) problems.push('changed');
  } else if ((await sha256Text(removalText(entry.link, entry.removedAt))) !== entry.removal) {
    problems.push('removal');
  }
  if ((await sha256Text(linkText(previous, entry.body))) !== entry.link) problems.push('link');
  const canCheck = mac !== null && entry.mac?.salt === mac.salt;
  if (canCheck && (await hmacText(mac.key, signedText(entry))) !== entry.mac?.value)
    problems.push('signature');
  return { problems, signed: canCheck && !problems.includes('signature') };
}

/**
 * Checks the whole log. `mac`: the lock's MAC key when the lock is on and open. `earlierHead`:
 * a head printed on an earlier report, which must still be one of the chain's links.
 */
export async function checkLog(
  entries: readonly EvidenceEntry[],
  { mac = null, earlierHead }: { mac?: MacKey | null; earlierHead?: string } = {},
): Promise<LogCheck> {
  const ordered = inChainOrder(entries);
  const problems: LogProblem[] = [];
  let previous = GENESIS;
  let signed = 0;
  for (const [index, entry] of ordered.entries()) {
    const expected = (ordered[index - 1]?.seq ?? 0) + 1;
    if (entry.seq !== expected) problems.push({ seq: expected, kind: 'missing' });
    const found = await entryProblems(entry, previous, mac);
    problems.push(...found.problems.map((kind) => ({ seq: entry.seq, kind })));
    if (found.signed) signed++;
    previous = entry.link;
  }
  const head = ordered.at(-1)?.link ?? GENESIS;
  const earlier =
    earlierHead === undefined
      ? {}
      : {
          earlierHeadFound: earlierHead === GENESIS || ordered.some((e) => e.link === earlierHead),
        };
  return {
    total: ordered.length,
    removed: ordered.filter((e) => e.removedAt !== undefined).length,
    problems,
    head,
    signed,
    unsigned: ordered.length - signed - problems.filter((p) => p.kind === 'signature').length,
    ...earlier,
    holds: problems.length === 0 && earlier.earlierHeadFound !== false,
  };
}
