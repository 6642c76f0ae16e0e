import { stepsForAccount } from './account-steps';
import { ACCOUNT_KINDS, type AccountKind } from './kinds';
import { genericNoticeSteps } from './notice';
import { stepsFor } from './playbook';

/**
 * Issue 31's measure of warnings still generic ("we don't know whether they are told"), for the
 * unit test and the bench. A "place" is one noticeable step on one account.
 */
export interface GenericNotices {
  /** Places still generic, as `kind:step` or `kind@site:step`. */
  readonly generic: readonly string[];
  /** All noticeable places counted. */
  readonly places: number;
}

/**
 * A fixed, hand-picked list of common sites per kind (large US services; the kind's leaders
 * where Lockstep knows the vendor), for `noticeable_generic_steps_known_site`. Kept short and
 * fixed so the figure moves only when a warning changes, not when the directory does.
 */
export const COMMON_SITES: Readonly<Record<AccountKind, readonly string[]>> = {
  'primary-email': ['gmail.com', 'outlook.com', 'icloud.com', 'yahoo.com'],
  'phone-carrier': ['verizon.com', 'att.com', 't-mobile.com'],
  'device-cloud': ['icloud.com', 'google.com', 'microsoft.com'],
  'password-manager': ['google.com', '1password.com', 'bitwarden.com', 'lastpass.com'],
  messaging: ['whatsapp.com', 'signal.org', 'messenger.com'],
  'mail-address': ['usps.com'],
  banking: ['chase.com', 'bankofamerica.com', 'paypal.com'],
  government: ['ssa.gov', 'irs.gov'],
  trackers: ['life360.com', 'tile.com'],
  family: ['google.com', 'microsoft.com', 'apple.com'],
  'co-parenting': ['ourfamilywizard.com', 'talkingparents.com'],
  'home-internet': ['xfinity.com', 'spectrum.net'],
  social: ['facebook.com', 'instagram.com', 'x.com', 'tiktok.com', 'snapchat.com'],
  'smart-home': ['ring.com', 'google.com', 'amazon.com'],
  car: ['tesla.com', 'ford.com'],
  fitness: ['fitbit.com', 'strava.com'],
  health: ['mychart.org'],
  games: ['xbox.com', 'playstation.com', 'nintendo.com'],
  dating: ['tinder.com', 'match.com', 'bumble.com'],
  'other-email': ['yahoo.com', 'aol.com', 'proton.me', 'gmail.com', 'outlook.com'],
  work: ['microsoft.com', 'google.com', 'slack.com'],
  shopping: ['amazon.com', 'ebay.com'],
  other: ['netflix.com', 'spotify.com'],
};

/** (a) Every kind's whole playbook, no site known (all vendors' steps shown). */
export function genericNoticesNoSite(): GenericNotices {
  const generic: string[] = [];
  let places = 0;
  for (const kind of ACCOUNT_KINDS) {
    const steps = stepsFor(kind);
    places += steps.filter((s) => s.noticeable).length;
    generic.push(...genericNoticeSteps(steps).map((s) => `${kind}:${s.id}`));
  }
  return { generic, places };
}

/**
 * (b) Each kind's common sites, with the steps that account shows (its vendor's only). A phone
 * carrier counts as the person's own plan, the branch that changes the account.
 */
export function genericNoticesKnownSite(): GenericNotices {
  const generic: string[] = [];
  let places = 0;
  for (const kind of ACCOUNT_KINDS)
    for (const site of COMMON_SITES[kind]) {
      const steps = stepsForAccount({ kind, site }, { planRunBy: 'me' });
      places += steps.filter((s) => s.noticeable).length;
      generic.push(...genericNoticeSteps(steps, site).map((s) => `${kind}@${site}:${s.id}`));
    }
  return { generic, places };
}
