import type { AccountKind } from '../plan/kinds';
import type { CompactEntry } from './types';

/** What the person's plan already holds, where it changes the kind a pick suggests. */
export interface KindContext {
  /** The plan has a main email already: another email account is "Other email". */
  readonly hasMainEmail: boolean;
}

/** The big device-and-cloud accounts: whoever holds them can locate and reach every device. */
const DEVICE_CLOUD =
  /(^|\.)(apple\.com|icloud\.com|google\.com|microsoft\.com|live\.com|samsung\.com)$/;

/**
 * Known domains whose directory category says too little ("utilities" holds power companies
 * and phone plans alike; "identity" holds password managers and sign-in services).
 */
const BY_DOMAIN: Readonly<Record<string, AccountKind>> = {
  'verizon.com': 'phone-carrier',
  'att.com': 'phone-carrier',
  't-mobile.com': 'phone-carrier',
  'fi.google.com': 'phone-carrier',
  'consumercellular.com': 'phone-carrier',
  'usmobile.com': 'phone-carrier',
  'tello.com': 'phone-carrier',
  'ting.com': 'phone-carrier',
  'xfinity.com': 'phone-carrier',
  'spectrum.com': 'phone-carrier',
  'rogers.com': 'phone-carrier',
  'bell.ca': 'phone-carrier',
  'telus.com': 'phone-carrier',
  'koodomobile.com': 'phone-carrier',
  'freedommobile.ca': 'phone-carrier',
  'ee.co.uk': 'phone-carrier',
  'three.co.uk': 'phone-carrier',
  'smarty.co.uk': 'phone-carrier',
  'telstra.com.au': 'phone-carrier',
  'optus.com.au': 'phone-carrier',
  'orange.fr': 'phone-carrier',
  'telekom.de': 'phone-carrier',
  '1password.com': 'password-manager',
  'bitwarden.com': 'password-manager',
  'lastpass.com': 'password-manager',
  'dashlane.com': 'password-manager',
  'keepersecurity.com': 'password-manager',
  'nordpass.com': 'password-manager',
  'roboform.com': 'password-manager',
  'life360.com': 'trackers',
  'tile.com': 'trackers',
  'tesla.com': 'car',
  // Issue 32's kinds where the category says something else ("health" holds fitness apps).
  'usps.com': 'mail-address',
  'strava.com': 'fitness',
  'fitbit.com': 'fitness',
  'garmin.com': 'fitness',
  'ourfamilywizard.com': 'co-parenting',
  'talkingparents.com': 'co-parenting',
  'tinder.com': 'dating',
  'bumble.com': 'dating',
  'hinge.co': 'dating',
};

/** Phone plans the list above does not name: Vodafone in every country, and so on. */
const CARRIER_NAME = /\b(vodafone|mobile|wireless|cellular|telecom|telstra|telia|telenor)\b/i;

const BY_CATEGORY: readonly [readonly string[], AccountKind][] = [
  [['government'], 'government'],
  [['banking', 'finance', 'payments', 'investing', 'cryptocurrencies', 'insurance'], 'banking'],
  [['communication'], 'messaging'],
  [['social'], 'social'],
  [['iot'], 'smart-home'],
  [['retail', 'food', 'tickets', 'travel', 'transport'], 'shopping'],
  [['backup', 'cloud'], 'device-cloud'],
  [['gaming'], 'games'],
  [['health'], 'health'],
  [['postal'], 'mail-address'],
];

/**
 * The kind of account a directory pick suggests, from its known domain and its categories.
 * An email account is the main email while the plan has none yet.
 */
export function suggestKind(entry: CompactEntry, context: KindContext): AccountKind {
  if (entry.c.includes('email')) return context.hasMainEmail ? 'other-email' : 'primary-email';
  const known = BY_DOMAIN[entry.d];
  if (known) return known;
  if (DEVICE_CLOUD.test(entry.d)) return 'device-cloud';
  if (entry.c.includes('utilities') && CARRIER_NAME.test(entry.n)) return 'phone-carrier';
  for (const [categories, kind] of BY_CATEGORY)
    if (entry.c.some((c) => categories.includes(c))) return kind;
  return 'other';
}
