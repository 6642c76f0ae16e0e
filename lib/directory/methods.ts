import type { CompactEntry } from './types';

/** A way to give the second step, from strongest to weakest. */
export type MethodKind =
  | 'passkey'
  | 'security-key'
  | 'authenticator'
  | 'vendor-app'
  | 'vendor-hardware'
  | 'sms'
  | 'call'
  | 'email';

export interface RankedMethod {
  readonly kind: MethodKind;
  /** The vendor's own app or device names, when the data gives them. */
  readonly names?: readonly string[];
  /** Codes someone else can receive if they reach the phone plan or the mailbox. */
  readonly weak: boolean;
}

const ORDER: readonly MethodKind[] = [
  'passkey',
  'security-key',
  'authenticator',
  'vendor-app',
  'vendor-hardware',
  'sms',
  'call',
  'email',
];

/** The site's methods, strongest first: keys and passkeys, app codes, vendor apps, then codes. */
export function rankMethods(entry: CompactEntry): RankedMethod[] {
  const m = new Set(entry.m ?? []);
  const found: RankedMethod[] = [];
  const push = (kind: MethodKind, names?: readonly string[]) =>
    found.push({
      kind,
      weak: kind === 'sms' || kind === 'call' || kind === 'email',
      ...(names ? { names } : {}),
    });
  if (entry.pk?.mfa || entry.pk?.login) push('passkey');
  if (m.has('u2f')) push('security-key');
  if (m.has('totp')) push('authenticator');
  if (m.has('custom-software')) push('vendor-app', entry.sw);
  if (m.has('custom-hardware')) push('vendor-hardware', entry.hw);
  if (m.has('sms')) push('sms');
  if (m.has('call')) push('call');
  if (m.has('email')) push('email');
  return found.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}

/** Whether an entry offers any second factor (2FA methods or a passkey). */
export const supportsMfa = (entry: CompactEntry): boolean =>
  (entry.m?.length ?? 0) > 0 || entry.pk?.mfa !== undefined || entry.pk?.login !== undefined;
