/**
 * Whose recovery rules apply to an account, from its site's registrable domain (pure). The
 * locked-out page names a provider's own waits (Apple's days, Microsoft's 30 days) only for an
 * account of that provider: a Gmail account gets neither.
 */
export type Provider = 'apple' | 'microsoft' | 'google';

const BY_DOMAIN: Readonly<Record<string, Provider>> = {
  'apple.com': 'apple',
  'icloud.com': 'apple',
  'me.com': 'apple',
  'microsoft.com': 'microsoft',
  'live.com': 'microsoft',
  'outlook.com': 'microsoft',
  'hotmail.com': 'microsoft',
  'msn.com': 'microsoft',
  'xbox.com': 'microsoft',
  'skype.com': 'microsoft',
  'google.com': 'google',
  'gmail.com': 'google',
  'youtube.com': 'google',
};

/** The provider behind a registrable domain (such as "google.com"), if Lockstep knows one. */
export function providerOf(domain: string | null | undefined): Provider | undefined {
  return domain ? BY_DOMAIN[domain] : undefined;
}
