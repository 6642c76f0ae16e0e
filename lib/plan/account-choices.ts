/**
 * What the person chose about how one account's steps run (issue 31). Kept as a record of the
 * plan: sealed by the lock, in the export, removed with the account.
 */

/** Who runs a phone plan: the person, the other person, or not known yet. */
export type PlanRunBy = 'me' | 'them' | 'not-sure';
export const PLAN_RUN_BY: readonly PlanRunBy[] = ['me', 'them', 'not-sure'];

/** The "Ready before you start" answer for the account's one sitting. */
export type SittingReadiness = 'ready' | 'later';
export const SITTING_READINESS: readonly SittingReadiness[] = ['ready', 'later'];

export interface AccountChoices {
  readonly accountId: string;
  /** For a phone-carrier account: whose plan it is. Unset: not asked yet. */
  readonly planRunBy?: PlanRunBy;
  /** The sitting was confirmed (or put off) on the ready screen; survives a reload. */
  readonly sitting?: SittingReadiness;
  readonly updatedAt: number;
}

const oneOf =
  <T extends string>(list: readonly T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (list as readonly string[]).includes(v);

/** A stored or imported value, or null when damaged. Unknown fields are dropped. */
export function readAccountChoices(raw: Record<string, unknown>): AccountChoices | null {
  const { accountId, planRunBy, sitting, updatedAt } = raw;
  if (typeof accountId !== 'string' || !accountId || accountId.length > 200) return null;
  if (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt) || updatedAt < 0) return null;
  if (planRunBy !== undefined && !oneOf(PLAN_RUN_BY)(planRunBy)) return null;
  if (sitting !== undefined && !oneOf(SITTING_READINESS)(sitting)) return null;
  return {
    accountId,
    ...(planRunBy !== undefined && { planRunBy }),
    ...(sitting !== undefined && { sitting }),
    updatedAt,
  };
}

/** Every account's choices, by account id, from the plan's records. */
export function indexChoices(
  records: readonly { readonly type: string; readonly value: unknown }[],
): ReadonlyMap<string, AccountChoices> {
  const index = new Map<string, AccountChoices>();
  for (const r of records) {
    if (r.type !== 'account-choices') continue;
    const value = r.value as AccountChoices;
    index.set(value.accountId, value);
  }
  return index;
}
