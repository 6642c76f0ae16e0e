/**
 * The kinds of account a plan holds, in the order the plan recommends working through them:
 * what recovers what. Whoever controls the primary email can reset almost everything else; the
 * phone carrier controls SMS codes; device and cloud accounts hold backups and locations.
 */
export const ACCOUNT_KINDS = [
  'primary-email',
  'phone-carrier',
  'device-cloud',
  'banking',
  'social',
  'other-email',
  'work',
  'shopping',
  'other',
] as const;

export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/** Lower comes first in the recommended order. */
export function kindRank(kind: AccountKind): number {
  return ACCOUNT_KINDS.indexOf(kind);
}

export function isAccountKind(value: unknown): value is AccountKind {
  return typeof value === 'string' && (ACCOUNT_KINDS as readonly string[]).includes(value);
}
