import type { CompactEntry } from './types';

/**
 * The big providers' own account pages. The 2FA Directory lists their services (Gmail, Google
 * Drive, Google Fi…) but not the one account behind them all, so checking accounts.google.com
 * offered every service and no plain "Google Account". Its two-step facts are those of the
 * service named in `like` (one sign-in runs them all); nothing is copied from the data.
 */
const ACCOUNT_PAGES: readonly { hosts: readonly string[]; name: string; like: string }[] = [
  {
    hosts: ['accounts.google.com', 'myaccount.google.com'],
    name: 'Google Account',
    like: 'mail.google.com',
  },
];

/** The provider's account at `host`, built from the service it shares a sign-in with. */
export function accountPageEntry(
  host: string,
  byHost: ReadonlyMap<string, readonly CompactEntry[]>,
): CompactEntry | undefined {
  const page = ACCOUNT_PAGES.find((p) => p.hosts.includes(host));
  const like = page && byHost.get(page.like)?.[0];
  if (!page || !like) return undefined;
  // Its own host only: Gmail's other hosts (gmail.com) stay Gmail's.
  return { ...like, a: [], r: [], n: page.name, d: host, c: ['identity'] };
}
