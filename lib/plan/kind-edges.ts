import type { AccountKind } from './kinds';

/**
 * Which kind of account can change or reach another, as data for the graph of who can still
 * get in: lib/assessment/order.ts keeps them as order constraints (never as ways in). Issue 32's kinds only:
 *
 * - The internet provider's account can change the router, the router the Wi-Fi, and the Wi-Fi
 *   reaches the smart home: the router's admin login can set the Wi-Fi password
 *   (https://cyberspark.blog/2026/01/24/router-admin-protection-passwords-updates-basic-settings/),
 *   and a new Wi-Fi password cuts a device off its old controller
 *   (https://gdprbuzz.com/news/thermostats-locks-and-lights-digital-tools-of-domestic-abuse).
 * - Mail forwarding and mail previews reach the statements and letters that reset a bank
 *   account, and the letters of government and health accounts: an address change moves the
 *   mail (USPS FAQ 000005308, https://cc.bingj.com/cache.aspx?q=change+of+address+usps&d=4902812767815028).
 */
export interface KindEdge {
  readonly from: AccountKind;
  readonly to: AccountKind;
  /** What carries the control: the home network, or the mail. */
  readonly via: 'network' | 'mail';
}

export const KIND_EDGES: readonly KindEdge[] = [
  { from: 'home-internet', to: 'smart-home', via: 'network' },
  { from: 'mail-address', to: 'banking', via: 'mail' },
  { from: 'mail-address', to: 'government', via: 'mail' },
  { from: 'mail-address', to: 'health', via: 'mail' },
];

/** The kinds an account of this kind can change or reach, directly or through others. */
export function kindsReachedFrom(kind: AccountKind): AccountKind[] {
  const reached: AccountKind[] = [];
  const visit = (from: AccountKind) => {
    for (const edge of KIND_EDGES)
      if (edge.from === from && !reached.includes(edge.to)) {
        reached.push(edge.to);
        visit(edge.to);
      }
  };
  visit(kind);
  return reached;
}
