import type { AccountKind } from './kinds';

/**
 * What a step does, as far as the other person could tell. `noticeable` follows from these
 * (GUIDANCE.md §1): a step that can lock someone out, stop something reaching them, or send a
 * notice is noticeable. Nothing else decides the flag.
 */
export type StepEffect =
  /** Takes screenshots or notes; changes nothing. */
  | 'records-only'
  /** Looks at settings; changes nothing. */
  | 'reads-only'
  /** Talks with someone who can help (an advocate, IT, the bank); changes nothing by itself. */
  | 'asks-for-help'
  /** Adds something only the person sees (alerts sent to them). */
  | 'adds-protection'
  /** Can lock someone out: a new password, a second step, a removed device, app or user. */
  | 'removes-access'
  /** Can stop something reaching someone: mail, calls, location, photos, money. */
  | 'stops-delivery'
  /** The provider may tell someone: an alert email, a text to every line on the plan. */
  | 'sends-notice';

/** The effects that make a step noticeable. */
export const NOTICEABLE_EFFECTS: ReadonlySet<StepEffect> = new Set<StepEffect>([
  'removes-access',
  'stops-delivery',
  'sends-notice',
]);

/** The rule of GUIDANCE.md §1, the one place the flag is decided. */
export function isNoticeable(effects: readonly StepEffect[]): boolean {
  return effects.some((effect) => NOTICEABLE_EFFECTS.has(effect));
}

/**
 * The steps to do together, in one sitting, in this order (GUIDANCE.md §2). Providers send an
 * alert when the password or the recovery details change; if the other person holds the
 * recovery email or phone, any pause between these steps gives them a window to reset the
 * account back.
 */
export const SITTING_ORDER = ['new-password', 'recovery', 'sign-out', 'two-step'] as const;
export type SittingPart = (typeof SITTING_ORDER)[number];

/**
 * One step of a reset playbook. Its text lives in the i18n catalogue under
 * `step_<id>_title`, `step_<id>_why` and `step_<id>_how`; a unit test keeps the two in step.
 */
export interface StepSpec {
  /** Unique across the whole playbook, snake_case (it is part of an i18n key). */
  readonly id: string;
  /** What the step does; at least one. */
  readonly effects: readonly StepEffect[];
  /** The other person may notice this change. Derived from `effects`, never written by hand. */
  readonly noticeable: boolean;
  /** Part of the one sitting (new password → recovery → sign out → two-step), and which part. */
  readonly sitting?: SittingPart;
  /** Due again at every check-up (sessions, recovery info, forwarding, connected apps…). */
  readonly recurring?: boolean;
  /** Steps that later features enrich from the bundled data. */
  readonly role?: 'change-password' | 'mfa';
}

type StepInput = Omit<StepSpec, 'noticeable'>;

/** A step with its flag derived from its effects. */
function step(input: StepInput): StepSpec {
  return { ...input, noticeable: isNoticeable(input.effects) };
}

// Steps shared by several kinds. A step's id is its identity in stored progress: never rename or
// remove one (see RETIRED_STEP_IDS).
// Capture the real number or username with the date and time, not a saved nickname:
// https://nocache.womenslaw.org/about-abuse/abuse-using-technology/evidence-issues-cases-involving-technology/documentingsaving
// Backed-up photos can be shared on their own (Google Photos partner sharing shares photos "as
// they're backed up"): https://support.google.com/photos/answer/7378858
const DOCUMENT_FIRST = step({ id: 'document_first', effects: ['records-only'] });
// Before the sitting: a rule that deletes or hides the provider's security alerts would hide
// the very alerts the sitting sends, and a forward would copy them to the other person.
// Mail from blocked senders goes "directly to your Junk E-Mail folder" (Outlook):
// http://help.outlook.com/en-us/140/ms.exch.ecp.junkemailconfiguration.aspx
const EMAIL_FORWARDING = step({
  id: 'email_forwarding',
  effects: ['stops-delivery'],
  recurring: true,
});
// A keylogger records passwords as they are typed, so a watched device is the wrong place:
// http://www.safespaceonline.org/computers.html
const NEW_PASSWORD = step({
  id: 'new_password',
  effects: ['removes-access', 'sends-notice'],
  sitting: 'new-password',
  role: 'change-password',
});
// Microsoft: removing all security info starts a 30-day wait; the old contacts are alerted and
// can cancel. https://support.microsoft.com/en-za/help/4057241 and
// https://learn.microsoft.com/en-us/answers/questions/5852576/security-issues-as-always
const RECOVERY_INFO = step({
  id: 'recovery_info',
  effects: ['removes-access', 'sends-notice'],
  sitting: 'recovery',
  recurring: true,
});
const SECOND_STEP_METHODS = step({
  id: 'second_step_methods',
  effects: ['removes-access', 'sends-notice'],
  sitting: 'recovery',
  recurring: true,
});
// Google: after a password change you stay signed in on "devices you use to verify that it's
// you", some devices with third-party apps and "helpful home devices":
// https://support.google.com/mail/answer/41078 (read through a copy). Home devices are removed
// in the Google Home app: https://support.google.com/googlenest/answer/9691327
// Microsoft: "within 24 hours … except an Xbox console":
// https://wus.prod.support.services.microsoft.com/sv-se/account-billing/logga-ut-fr%C3%A5n-ditt-microsoft-konto-%C3%B6verallt-58da4a74-a719-43a6-9dd0-74a7e613229f
const SIGN_OUT_SESSIONS = step({
  id: 'sign_out_sessions',
  effects: ['removes-access'],
  sitting: 'sign-out',
  recurring: true,
});
const TRUSTED_DEVICES = step({
  id: 'remove_trusted_devices',
  effects: ['removes-access'],
  sitting: 'sign-out',
  recurring: true,
});
const TURN_ON_MFA = step({
  id: 'turn_on_mfa',
  effects: ['removes-access', 'sends-notice'],
  sitting: 'two-step',
  recurring: true,
  role: 'mfa',
});
// Microsoft's recovery code: "Manage how I sign in", then "Recovery code", then "Generate a new
// code"; "any previous codes will no longer work":
// https://support.microsoft.com/en-us/account-billing/microsoft-account-recovery-code-2acc2f88-e37b-4b44-99d4-b4419f610013
// (read through a copy)
const BACKUP_CODES = step({ id: 'backup_codes', effects: ['removes-access'] });
const CONNECTED_APPS = step({
  id: 'connected_apps',
  effects: ['removes-access', 'stops-delivery'],
  recurring: true,
});
// Security Checkup lists devices, apps and recovery details in one place:
// https://tinygrab.com/?p=345969 ; Inactive Account Manager lets chosen contacts download data
// after 3–18 months without use: https://digitaldeathdirectory.cs.umanitoba.ca/platforms/google
const EMAIL_ACCOUNT_CHECKUP = step({
  id: 'email_account_checkup',
  effects: ['removes-access'],
  recurring: true,
});

/**
 * What to do for each kind of account, in order. A document step comes first, before anything
 * changes. For email, the mail rules come next. Then the one sitting: new password, recovery
 * details and existing second-step methods, sign out everywhere, then the strongest two-step
 * method. The rest follows.
 */
export const PLAYBOOK: Readonly<Record<AccountKind, readonly StepSpec[]>> = {
  'primary-email': [
    DOCUMENT_FIRST,
    EMAIL_FORWARDING,
    NEW_PASSWORD,
    RECOVERY_INFO,
    SECOND_STEP_METHODS,
    SIGN_OUT_SESSIONS,
    TRUSTED_DEVICES,
    TURN_ON_MFA,
    BACKUP_CODES,
    step({ id: 'email_delegates', effects: ['removes-access', 'stops-delivery'], recurring: true }),
    CONNECTED_APPS,
    EMAIL_ACCOUNT_CHECKUP,
  ],
  'phone-carrier': [
    DOCUMENT_FIRST,
    // Said first on shared plans: on someone else's plan a person usually cannot set a PIN or a
    // lock. Safe Connections Act line separation: within two business days, no fees
    // (https://nccadv.org/news-and-updates/safe-connections-act-of-2022), in force since
    // July 15, 2024 (https://jsitel.com/resource/safe-connections-act-fcc-announces-effective-date-for-line-separation-rules/),
    // even if the survivor is not the account holder, dependents' lines too
    // (https://cybercrimesresource.org/?p=880, https://help.boostmobile.com/docs/safe-connections-act).
    // T-Mobile SIM Protection: the primary account holder or an authorized user turns it on,
    // only the primary account holder turns it off:
    // https://www.t-mobile.com/my-account/settings/security/fraud-block/sim-swap
    step({ id: 'carrier_who_owns', effects: ['asks-for-help', 'removes-access'] }),
    NEW_PASSWORD,
    // The account PIN is how the carrier checks a caller is you: a recovery detail.
    step({ id: 'carrier_pin', effects: ['removes-access', 'sends-notice'], sitting: 'recovery' }),
    TURN_ON_MFA,
    // Real names: T-Mobile SIM Protection (https://www.t-mobile.com/my-account/settings/security/fraud-block/sim-swap;
    // only the primary account holder can turn it off) and Port Out Protection, also called
    // Account Takeover Protection (https://www.t-mobile.com/support/plans-features/account-takeover-protection,
    // https://magentapulse.t-mobile.com/us/en/customer-support/accounts/tlife-self-service/security-privacy-permissions/304d5);
    // Verizon Number Lock and SIM Protection, notifications on every change (Verizon Business
    // text only, whose roles are "Primary Contact and Administrator"; the consumer rule is
    // unconfirmed: https://live.vzbtest.info/business/support/account-maintenance-and-management/my-business-wireless-account-management/mobile-security-management);
    // AT&T Wireless Account Lock, turned on and off by primary and secondary online users
    // (https://www.att.com/support/article-modal/my-account/KM1040456/); notices to the account's
    // email and all numbers per the press only (https://cyberscoop.com/att-wireless-account-lock-sim-swapping-protection,
    // https://www.macrumors.com/2025/07/01/account-lock-sim-swapping/). A SIM PIN locks the SIM
    // card itself, a different thing: https://support.apple.com/en-us/HT201529
    step({ id: 'carrier_port_lock', effects: ['removes-access', 'sends-notice'] }),
    // The SIM card itself: a PIN stops it being used without the PIN; some carriers set a
    // default PIN; three wrong tries ask for a PUK, too many wrong PUKs lock the SIM for good:
    // https://support.apple.com/en-us/HT201529 . Separate from the passcode:
    // http://support.apple.com/kb/HT1316 . It also stops anyone else using the SIM card in
    // another phone, so it can lock someone out: noticeable.
    step({ id: 'carrier_sim_pin', effects: ['adds-protection', 'removes-access'] }),
    // The account owner and managers see the bill (https://www.verizon.com/articles/be-the-boss-of-your-account-with-my-verizon/,
    // https://www.verizonwireless.com/support/view-bill-online-faqs/). AT&T usage logs show calls
    // and the numbers and times of texts, not iMessages, and "the content of text or video
    // messages isn't visible or accessible to anyone on the account":
    // https://att.com/support/article/wireless/KM1048289
    step({
      id: 'carrier_authorized_users',
      effects: ['removes-access', 'sends-notice'],
      recurring: true,
    }),
    // Locator add-ons: T-Mobile FamilyWhere lets the primary account holder locate phones on the
    // account and see seven days of location history
    // (https://www.t-mobile.com/privacy-center/education-and-resources/family-control); Verizon
    // Smart Family shows parents a child line's location and call and text activity
    // (https://www.verizon.com/about/privacy/smart-family-privacy-policy). Looking changes nothing.
    step({ id: 'carrier_family_locator', effects: ['reads-only'], recurring: true }),
    step({
      id: 'carrier_call_forwarding',
      effects: ['stops-delivery', 'removes-access'],
      recurring: true,
    }),
  ],
  'device-cloud': [
    DOCUMENT_FIRST,
    // Anyone signed in to the same Apple Account on a device sees what it locates:
    // https://www.abclex.com/can-an-airtag-tracking-be-shared. The phone or computer itself is
    // the device check's job (route #/device); the step's text points there in words.
    step({ id: 'cloud_which_account', effects: ['reads-only'], recurring: true }),
    // After an Emergency SOS call, emergency contacts get a message with the current location
    // and updates: https://www.apple.com/legal/privacy/data/en/safety-features (read through a copy)
    step({ id: 'cloud_location_sharing', effects: ['stops-delivery'], recurring: true }),
    // Safety Check: Manage Sharing & Access reviews people and apps one by one; Emergency Reset
    // stops all sharing at once: https://support.apple.com/en-za/guide/personal-safety/ipsce4cb8352/web
    // and https://www.scribd.com/document/858745021/Personal-Safety-User-Guide
    step({ id: 'cloud_safety_check', effects: ['stops-delivery', 'removes-access'] }),
    NEW_PASSWORD,
    RECOVERY_INFO,
    // Apple: recovery contacts under Sign-In & Security > Account Recovery; they "won't have any
    // access to your account, only the ability to give you a code":
    // https://support.apple.com/102641 (read through a copy), and up to five of them:
    // https://support.apple.com/en-az/guide/mac-help/mchla676bd3d/mac (read through a copy).
    // A recovery key helps reset the password; losing it and the trusted device can lock the
    // account for good: https://support.apple.com/en-us/HT208072 . Legacy contacts get the data
    // after death: https://support.apple.com/et-ee/HT212360 . Trusted phone numbers under
    // Sign-In & Security > Two-Factor Authentication: https://support.apple.com/en-ph/122621
    // (read through a copy).
    step({
      id: 'cloud_recovery_contacts',
      effects: ['removes-access', 'sends-notice'],
      sitting: 'recovery',
      recurring: true,
    }),
    SECOND_STEP_METHODS,
    SIGN_OUT_SESSIONS,
    TRUSTED_DEVICES,
    TURN_ON_MFA,
    BACKUP_CODES,
    // Parental controls (Screen Time, Ask to Buy) are for children and teens:
    // https://support.apple.com/en-is/119854 . Microsoft Family Safety: members over the
    // statutory age choose whether organizers see their location and activity
    // (https://support.microsoft.com/en-us/account-billing/learn-about-family-group-roles-permissions-and-data-sharing-2d0764e1-5ec5-f6a1-6898-0bc18f71e318);
    // remove saved places and location alerts before leaving, then "More options" > "Leave
    // family group" > "Remove" at family.microsoft.com
    // (https://support.microsoft.com/en-us/account-billing/remove-members-or-leave-your-family-group-6d806bbb-eb38-a978-10f4-3bbb814ffcc4).
    // Google: members can switch family groups only once a year:
    // https://web-archive.nli.org.il/National_Library/20160521004321mp_/https://support.google.com/googleplay/answer/6286986
    // and https://family-link.ru/en/semejnaya-gruppa-google-2/ (once every 12 months).
    step({
      id: 'cloud_family_sharing',
      effects: ['removes-access', 'stops-delivery'],
      recurring: true,
    }),
    // Google Photos partner sharing shares new photos as they back up:
    // https://support.google.com/photos/answer/7378858
    step({ id: 'cloud_shared_content', effects: ['stops-delivery'], recurring: true }),
    // Find Hub is Google's new name for Find My Device (https://github.com/acamarata/findplus/wiki/FAQ,
    // https://www.jacche.com/googles-find-hub-a-biometric-backtrack-in-the-name-of-convenience).
    // AirTag share-group members get no unwanted-tracking alerts for that AirTag:
    // https://support.apple.com/zh-tw/guide/personal-safety/stop-sharing-an-airtag-ips0c073d231/web
    // Location shared with people is separate from the account's sign-in (Safety Check reviews
    // it person by person): https://support.apple.com/en-za/guide/personal-safety/ipsce4cb8352/web
    step({ id: 'cloud_find_my', effects: ['removes-access', 'stops-delivery'], recurring: true }),
    // Text Message Forwarding sends an iPhone's SMS to the same Apple Account's iPad or Mac and
    // is turned off in Messages settings: https://support.apple.com/en-in/guide/security/sec16bb20def/web
    // and https://support.apple.com/en-gb/guide/personal-safety/ipsdccb7919d/web
    step({ id: 'cloud_backups', effects: ['stops-delivery', 'removes-access'], recurring: true }),
    CONNECTED_APPS,
  ],
  banking: [
    DOCUMENT_FIRST,
    NEW_PASSWORD,
    step({
      id: 'bank_contact_details',
      effects: ['stops-delivery', 'sends-notice'],
      sitting: 'recovery',
      recurring: true,
    }),
    TURN_ON_MFA,
    step({
      id: 'bank_authorized_users',
      effects: ['removes-access', 'sends-notice'],
      recurring: true,
    }),
    step({ id: 'bank_payees', effects: ['stops-delivery'], recurring: true }),
    // Venmo's "Remembered Devices": remove a phone that isn't yours, and it must pass the security
    // code again: https://help.venmo.com/hc/en-us/articles/217532397-Multifactor-Authentication ;
    // Cash App recommends its Security Lock: https://cash.app/help/us/en-us/1112-cash-account-settings
    step({ id: 'bank_payment_apps', effects: ['removes-access'], recurring: true }),
    step({ id: 'bank_alerts', effects: ['adds-protection'] }),
    step({ id: 'bank_phone_password', effects: ['removes-access'] }),
    // Free freezes at all three bureaus: https://consumer.ftc.gov/consumer-alerts/2018/09/free-credit-freezes-are-here
    // Free reports: https://louisianahealthconnect.com/identity-theft-protection-guide1.html
    // Coerced debt: https://library.nclc.org/article/advising-clients-when-abusive-partner-coerces-debt
    // A freeze also stops the other person opening credit in the person's name: noticeable.
    step({
      id: 'bank_credit_freeze',
      effects: ['adds-protection', 'removes-access'],
      recurring: true,
    }),
  ],
  'password-manager': [
    DOCUMENT_FIRST,
    NEW_PASSWORD,
    RECOVERY_INFO,
    // Emergency access: a contact asks, a wait runs, then they can view or take over the vault
    // (takeover can change the master password): https://heimlane.com/vault-help/security/emergency-access
    // and the Bitwarden API's invite model (type, waitTimeDays):
    // https://docs.rs/crate/bitwarden-api-api/3.0.0/source/src/models/emergency_access_invite_request_model.rs
    step({
      id: 'pm_emergency_access',
      effects: ['removes-access'],
      sitting: 'recovery',
      recurring: true,
    }),
    SECOND_STEP_METHODS,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    // Vaults can share collections of items with others:
    // https://educashop.com/uncategorized/password-management-practical-security/password-manager-emergency-features.html
    step({ id: 'pm_shared_items', effects: ['stops-delivery', 'removes-access'], recurring: true }),
    // Browser sync stores saved passwords in the account: "Smart Lock syncs your passwords to
    // your Google Account when you're signed in on Chrome or on your Android":
    // https://support.google.com/accounts/answer/6197437
    step({ id: 'pm_browser_sync', effects: ['stops-delivery', 'removes-access'], recurring: true }),
  ],
  messaging: [
    DOCUMENT_FIRST,
    NEW_PASSWORD,
    // Telegram's Active Sessions lists every logged-in device and can close them:
    // https://telegram.org/blog/sessions-and-2-step-verification (read through a copy)
    step({
      id: 'msg_linked_devices',
      effects: ['removes-access', 'stops-delivery'],
      sitting: 'sign-out',
      recurring: true,
    }),
    // WhatsApp two-step verification PIN: https://faq.whatsapp.com/506595211487528/ ; Signal:
    // the PIN works as a registration lock, and Signal cannot reset or recover it (Signal's own
    // help page, read in Hindi): https://support.signal.org/hc/hi/articles/360007059792-Signal-PIN ;
    // Telegram's Two-Step Verification password is asked on every new device, besides the SMS
    // code: https://telegram.org/blog/sessions-and-2-step-verification (read through a copy)
    step({
      id: 'msg_registration_lock',
      effects: ['removes-access'],
      sitting: 'two-step',
      recurring: true,
      role: 'mfa',
    }),
  ],
  // Trackers and family locators. AirTag share groups hide unwanted-tracking alerts from their
  // members: https://support.apple.com/zh-tw/guide/personal-safety/stop-sharing-an-airtag-ips0c073d231/web
  // Tile's Anti-Theft Mode hides a Tile from Scan and Secure:
  // https://www.macrumors.com/2023/02/16/tile-anti-theft-mode/ ; Tile is Life360's, a family
  // tracking service: https://foundation.mozilla.org/en/privacynotincluded/tile-mate/ ; iPhones
  // warn of an unknown AirTag moving with you: https://macrumors.com/how-to/disable-an-airtag-found-moving-with-you
  // and Android warns of unknown trackers: https://techplugged.com/androids-find-my-device-upgrade-how-it-works-and-why-its-so-controversial/4/
  trackers: [
    DOCUMENT_FIRST,
    step({ id: 'tracker_list', effects: ['reads-only'], recurring: true }),
    step({ id: 'tracker_scan', effects: ['reads-only'], recurring: true }),
    NEW_PASSWORD,
    RECOVERY_INFO,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    step({ id: 'tracker_share_groups', effects: ['stops-delivery'], recurring: true }),
    // Lyft can share every ride, with pick-up and drop-off, with trusted contacts, managed in
    // "Safety preferences": https://help2.lyft.com/hc/en-us/articles/360051084234-Sharing-your-ride-details-with-trusted-contacts
    step({ id: 'tracker_family_locator', effects: ['stops-delivery'], recurring: true }),
  ],
  // Children's accounts and accounts a family shares. Parents or guardians on a child's Apple
  // account set Screen Time, approve downloads and see the child's location:
  // https://support.apple.com/en-is/119854 . Safe Connections Act line split for dependents:
  // https://help.boostmobile.com/docs/safe-connections-act and
  // https://nccadv.org/news-and-updates/safe-connections-act-of-2022
  family: [
    DOCUMENT_FIRST,
    step({ id: 'family_phone_lines', effects: ['asks-for-help', 'removes-access'] }),
    // Google: parents manage a child's Google Account with Family Link:
    // https://support.google.com/families/answer/7158477
    step({ id: 'family_child_accounts', effects: ['reads-only'], recurring: true }),
    NEW_PASSWORD,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    // Uber Family Profiles: the organizer gets a receipt for every ride and can follow it on a
    // map: https://www.uber.com/en-CA/blog/toronto/familyprofiles/
    step({ id: 'family_shared_plans', effects: ['removes-access', 'stops-delivery'] }),
  ],
  social: [
    DOCUMENT_FIRST,
    NEW_PASSWORD,
    RECOVERY_INFO,
    SECOND_STEP_METHODS,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    step({
      id: 'social_linked_devices',
      effects: ['removes-access', 'stops-delivery'],
      recurring: true,
    }),
    CONNECTED_APPS,
    // Review connections and followers; posts can reveal location:
    // https://support.apple.com/en-za/guide/personal-safety/ipsce4cb8352/web
    step({ id: 'social_privacy', effects: ['stops-delivery'], recurring: true }),
    // Login alerts and "Where you're logged in": https://about.meta.com/actions/safety/topics/safety-basics/tools/security
    step({ id: 'social_login_alerts', effects: ['adds-protection'] }),
    // One Accounts Center (now Meta Account) links Facebook, Instagram, Messenger and more:
    // https://www.helpnetsecurity.com/2026/04/24/meta-account-settings-overview/
    step({ id: 'social_linked_accounts', effects: ['removes-access'], recurring: true }),
    step({ id: 'social_block_or_restrict', effects: ['stops-delivery', 'sends-notice'] }),
  ],
  // Smart home: devices, apps, shared users and routines that run on their own:
  // https://techsafety.org/homeautomation ; a reset button and a new Wi-Fi password cut a device
  // off its old controller: https://gdprbuzz.com/news/thermostats-locks-and-lights-digital-tools-of-domestic-abuse
  // Ring shared users: https://ring.com/au/en/support/articles/hpw10/manage-access-ring-account-devices
  'smart-home': [
    DOCUMENT_FIRST,
    step({ id: 'home_list', effects: ['reads-only'], recurring: true }),
    NEW_PASSWORD,
    RECOVERY_INFO,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    step({ id: 'home_shared_users', effects: ['removes-access'], recurring: true }),
    step({ id: 'home_codes_wifi', effects: ['removes-access'] }),
    step({ id: 'home_routines', effects: ['stops-delivery', 'removes-access'], recurring: true }),
  ],
  // Connected cars: the app can show location and control locks and alarms:
  // https://techsafety.org/connected-cars-privacy ; a checklist of who can reach the car's
  // accounts (app, dealer, insurer, lender): https://mail.payformygasorkissmyass.com/survivor-safety.html ;
  // a carmaker that would not remove a co-owner named on the loan:
  // https://insidetelecom.com/smart-car-apps-might-be-the-death-of-domestic-violence-victims/ ;
  // a connected phone leaves call logs and texts in the car:
  // https://privacy4cars.com/personal-use/survivor-abuse-guide/
  car: [
    DOCUMENT_FIRST,
    step({ id: 'car_look', effects: ['reads-only'], recurring: true }),
    NEW_PASSWORD,
    RECOVERY_INFO,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    step({ id: 'car_remove_users', effects: ['removes-access', 'sends-notice'], recurring: true }),
    step({ id: 'car_location', effects: ['stops-delivery'], recurring: true }),
    step({ id: 'car_phone_data', effects: ['stops-delivery'] }),
  ],
  'other-email': [
    DOCUMENT_FIRST,
    EMAIL_FORWARDING,
    NEW_PASSWORD,
    RECOVERY_INFO,
    SECOND_STEP_METHODS,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    BACKUP_CODES,
    CONNECTED_APPS,
    EMAIL_ACCOUNT_CHECKUP,
  ],
  work: [
    DOCUMENT_FIRST,
    step({ id: 'work_tell_it', effects: ['asks-for-help'] }),
    NEW_PASSWORD,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    step({ id: 'work_personal_devices', effects: ['removes-access'] }),
  ],
  shopping: [
    DOCUMENT_FIRST,
    NEW_PASSWORD,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    step({ id: 'shop_addresses', effects: ['stops-delivery'], recurring: true }),
    step({ id: 'shop_payment_cards', effects: ['removes-access'] }),
    // Amazon Household: both adults authorize each other to use all their payment cards:
    // https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=201945470
    step({ id: 'shop_household', effects: ['removes-access', 'stops-delivery'] }),
    // Ring shared users see live view and event history; remove them in Shared Access:
    // https://ring.com/gb/en/support/articles/0l486/Shared-Users-and-Alexa and
    // https://ring.com/au/en/support/articles/hpw10/manage-access-ring-account-devices ; "Only
    // Ring account owners can add, edit or remove Shared Users":
    // https://ring.com/support/articles/clv68/adding-and-managing-shared-and-guest-users
    step({ id: 'shop_devices', effects: ['removes-access'], recurring: true }),
  ],
  other: [
    DOCUMENT_FIRST,
    NEW_PASSWORD,
    RECOVERY_INFO,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    CONNECTED_APPS,
  ],
};

/**
 * Step ids no kind uses any more. Stored progress may still hold them, so they stay reserved:
 * never reuse one for a different step. Empty: no step has been retired.
 */
export const RETIRED_STEP_IDS: readonly string[] = [];

/** The steps for an account of this kind, in the order to do them. */
export function stepsFor(kind: AccountKind): readonly StepSpec[] {
  return PLAYBOOK[kind];
}
