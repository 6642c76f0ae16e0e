import { providerOf } from '../assessment/provider';
import type { AccountKind } from '../plan/kinds';

/** Whose account-recovery rules the locked-out page shows. */
export type RouteProvider = 'google' | 'apple' | 'microsoft' | 'meta' | 'carrier';

/** One provider's way back into an account, as i18n keys and the vendor's own page. */
export interface ProviderRoute {
  readonly provider: RouteProvider;
  /** The brand as the vendor spells it (not translated). */
  readonly brand: string;
  /** The vendor's own recovery page, used when the bundled directory has no recovery link. */
  readonly vendorUrl?: string;
  /** Replaces "use a device they never touched" where the provider trusts familiar devices. */
  readonly deviceKey?: string;
  /** What to expect, in order: the waits, who is told, what to do about it. */
  readonly expectKeys: readonly string[];
}

const META_DOMAINS = new Set([
  'facebook.com',
  'instagram.com',
  'messenger.com',
  'threads.net',
  'meta.com',
]);

/**
 * Sources, one per fact:
 * - Google: its recovery page is the 2FA Directory's link for Gmail
 *   (https://support.google.com/accounts/answer/185834); it emails the recovery address when the
 *   password or recovery options change (https://support.google.com/accounts/answer/2450236);
 *   recovery goes better from a device and place used before (third-party guides only, not
 *   Google's page: https://keyrealclub.monster/regain-access-simple-methods-for-google-password-recovery,
 *   https://drizzzle.com/blog/recover-your-google-account-1764491193592).
 * - Apple: "it might take several days or longer" (https://support.apple.com/en-us/118574).
 * - Microsoft: replacing all security info takes 30 days; notices go to the old security info;
 *   "If you didn't request this, let us know" on the pending window
 *   (https://support.microsoft.com/en-my/help/4523658 and
 *   https://wus.prod.support.services.microsoft.com/en-au/account-billing/what-does-security-info-change-is-still-pending-mean-cbd0f64f-02d9-45d2-90c3-2375e5a72e52).
 * - Meta: the directory's Facebook recovery link serves Facebook; no page confirmed for the
 *   others (facebook.com/hacked is Facebook's alone, per a third-party guide:
 *   https://flipyourpages.com/flip_pages/WebsiteCompass/beulahland/14/); one Meta account links
 *   Facebook, Instagram and Messenger
 *   (https://www.helpnetsecurity.com/2026/04/24/meta-account-settings-overview/).
 * - Carriers: SIM and port-out locks (T-Mobile SIM Protection and Account Takeover Protection:
 *   https://www.t-mobile.com/support/plans-features/account-takeover-protection).
 */
const ROUTES: Readonly<Record<RouteProvider, ProviderRoute>> = {
  google: {
    provider: 'google',
    brand: 'Google',
    vendorUrl: 'https://support.google.com/accounts/answer/185834',
    deviceKey: 'lo_route_google_device',
    expectKeys: ['lo_route_google_notified'],
  },
  apple: {
    provider: 'apple',
    brand: 'Apple',
    vendorUrl: 'https://support.apple.com/en-us/118574',
    expectKeys: ['lo_expect_apple'],
  },
  microsoft: {
    provider: 'microsoft',
    brand: 'Microsoft',
    vendorUrl: 'https://support.microsoft.com/en-my/help/4523658',
    expectKeys: ['lo_expect_microsoft', 'lo_route_microsoft_notified', 'lo_route_microsoft_cancel'],
  },
  meta: {
    provider: 'meta',
    brand: 'Meta',
    expectKeys: ['lo_route_meta_linked'],
  },
  carrier: {
    provider: 'carrier',
    brand: '',
    expectKeys: ['lo_route_carrier_call', 'lo_route_carrier_lock'],
  },
};

/**
 * The route for an account, from its site's registrable domain and its kind: only its own
 * provider's specifics (a Gmail account gets nothing about Apple or Microsoft). Undefined when
 * Lockstep knows no provider: the page then says what holds for every company.
 */
export function routeFor(
  domain: string | null | undefined,
  kind: AccountKind,
): ProviderRoute | undefined {
  const known = providerOf(domain);
  if (known) return ROUTES[known];
  if (domain && META_DOMAINS.has(domain)) return ROUTES.meta;
  if (kind === 'phone-carrier') return ROUTES.carrier;
  return undefined;
}

/** Every provider's route (for the catalogue test). */
export const PROVIDER_ROUTES: readonly ProviderRoute[] = Object.values(ROUTES);
