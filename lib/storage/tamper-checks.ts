/**
 * What can be caught of a change made to the stored plan outside Lockstep, without a key: pure
 * checks on what was read. Lockstep has no secret before the passphrase, so anything stored in
 * clear can be forged; these catch the changes that leave a trace (see the README's security
 * section for what they cannot catch).
 */

/**
 * `plain-beside-vault`: plan rows in the plain stores while the plan is sealed (Lockstep empties
 * them in the same transaction that seals). `older-vault`: a sealed plan older than the highest
 * revision this profile ever wrote (an old copy put back). `lock-removed`: the sealed plan is
 * gone, but Lockstep never turned the lock off.
 */
export type Finding = 'plain-beside-vault' | 'older-vault' | 'lock-removed';

export interface TamperInput {
  /** The sealed plan's revision, or null when there is none. */
  readonly vaultRev: number | null;
  /** The revision mark as stored, or undefined. */
  readonly mark: { readonly rev: number; readonly v?: number; readonly off?: boolean } | undefined;
  /** How many plan rows the plain stores hold (accounts, progress, records, a help line). */
  readonly plainRows: number;
}

/** Every finding, in the order the notice lists them; empty when nothing was caught. */
export function findTampering({ vaultRev, mark, plainRows }: TamperInput): Finding[] {
  const found: Finding[] = [];
  if (vaultRev !== null && plainRows > 0) found.push('plain-beside-vault');
  if (vaultRev !== null && mark && mark.rev > vaultRev) found.push('older-vault');
  // Marks before `v: 3` never said whether the lock was turned off: no finding from them.
  if (vaultRev === null && mark?.v === 3 && mark.off !== true) found.push('lock-removed');
  return found;
}

/** Plan rows in raw plain stores: a help line counts when it is set. */
export function countPlainRows(
  raw: readonly [unknown[], unknown[], { key?: unknown; value?: unknown }[], unknown[]],
): number {
  const [accounts, progress, settings, records] = raw;
  const helpLine = settings.some((s) => s.key === 'localHelpLine' && s.value != null) ? 1 : 0;
  return accounts.length + progress.length + records.length + helpLine;
}
