/**
 * The kinds of account a plan holds, in the order the plan recommends working through them:
 * what recovers what. Whoever controls the primary email can reset almost everything else; the
 * phone carrier controls SMS codes; device and cloud accounts hold backups and locations. A
 * password manager holds every other password; messaging apps hang on the phone number. Then
 * money, then what shows where the person is (trackers, family accounts), then the rest.
 * Issue 32 added home internet, mail and address, government, health, fitness, game consoles,
 * co-parenting and dating; their edges to other kinds are data in kind-edges.ts.
 */
export const ACCOUNT_KINDS = [
  'primary-email',
  'phone-carrier',
  'device-cloud',
  'password-manager',
  'messaging',
  'mail-address',
  'banking',
  'government',
  'trackers',
  'family',
  'co-parenting',
  'home-internet',
  'social',
  'smart-home',
  'car',
  'fitness',
  'health',
  'games',
  'dating',
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
