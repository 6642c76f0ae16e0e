import type { AccountKind } from './kinds';
import {
  BACKUP_CODES,
  CONNECTED_APPS,
  DOCUMENT_FIRST,
  EMAIL_ACCOUNT_CHECKUP,
  EMAIL_FORWARDING,
  NEW_PASSWORD,
  RECOVERY_INFO,
  SECOND_STEP_METHODS,
  SIGN_OUT_SESSIONS,
  SYNC_CHECK,
  TRUSTED_DEVICES,
  TURN_ON_MFA,
} from './shared-steps';
import { ASK, MINE, THEIR_PLAN_STEPS } from './playbook-carrier-branch';
import { step, type StepSpec, type StepWhen } from './step-spec';

const APPLE: StepWhen = { vendors: ['apple'] };
const NOT_APPLE: StepWhen = { vendors: ['google', 'microsoft'] };

/** The kinds whose accounts can reset the others. */
export type RecoveryKind = Extract<
  AccountKind,
  'primary-email' | 'phone-carrier' | 'device-cloud' | 'banking'
>;

/**
 * The accounts that can reset the others (main email, phone plan, device and cloud, banking):
 * first in the recommended order. See playbook.ts for the rules every list follows.
 */
export const RECOVERY_KIND_STEPS: Readonly<Record<RecoveryKind, readonly StepSpec[]>> = {
  'primary-email': [
    DOCUMENT_FIRST,
    SYNC_CHECK,
    EMAIL_FORWARDING,
    NEW_PASSWORD,
    RECOVERY_INFO,
    SECOND_STEP_METHODS,
    SIGN_OUT_SESSIONS,
    TRUSTED_DEVICES,
    TURN_ON_MFA,
    BACKUP_CODES,
    // Gmail: Settings > Accounts > "Grant access to your account", then Delete:
    // https://dts.utah.gov/google/gmail/delegate
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
    // Unknown or not sure: find out first, and change nothing on the account.
    step({ id: 'carrier_who_owns', effects: ['asks-for-help', 'removes-access'], when: ASK }),
    ...THEIR_PLAN_STEPS,
    { ...SYNC_CHECK, when: MINE },
    { ...NEW_PASSWORD, when: MINE },
    // The account PIN is how the carrier checks a caller is you: a recovery detail.
    // The FTC: set up a PIN or password on the cellular account (SIM swaps):
    // https://www.consumer.ftc.gov/blog/2019/10/sim-swap-scams-how-protect-yourself ; the FCC: no birth
    // date or phone number as a PIN: https://www.fcc.gov/consumers/guides/voice-mail-fraud-beware
    step({
      id: 'carrier_pin',
      effects: ['removes-access', 'sends-notice'],
      sitting: 'recovery',
      when: MINE,
    }),
    { ...TURN_ON_MFA, when: MINE },
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
    step({ id: 'carrier_port_lock', effects: ['removes-access', 'sends-notice'], when: MINE }),
    // The SIM card itself: a PIN stops it being used without the PIN; some carriers set a
    // default PIN; three wrong tries ask for a PUK, too many wrong PUKs lock the SIM for good:
    // https://support.apple.com/en-us/HT201529 . Separate from the passcode:
    // http://support.apple.com/kb/HT1316 . It also stops anyone else using the SIM card in
    // another phone, so it can lock someone out: noticeable.
    step({ id: 'carrier_sim_pin', effects: ['adds-protection', 'removes-access'], when: MINE }),
    // The account owner and managers see the bill (https://www.verizon.com/articles/be-the-boss-of-your-account-with-my-verizon/,
    // https://www.verizonwireless.com/support/view-bill-online-faqs/). AT&T usage logs show calls
    // and the numbers and times of texts, not iMessages, and "the content of text or video
    // messages isn't visible or accessible to anyone on the account":
    // https://att.com/support/article/wireless/KM1048289
    step({
      id: 'carrier_authorized_users',
      effects: ['removes-access', 'sends-notice'],
      recurring: true,
      when: MINE,
    }),
    // Locator add-ons: T-Mobile FamilyWhere lets the primary account holder locate phones on the
    // account and see seven days of location history
    // (https://www.t-mobile.com/privacy-center/education-and-resources/family-control); Verizon
    // Smart Family shows parents a child line's location and call and text activity
    // (https://www.verizon.com/about/privacy/smart-family-privacy-policy). Looking changes nothing.
    step({ id: 'carrier_family_locator', effects: ['reads-only'], recurring: true }),
    // The FCC: default voicemail PINs are guessed, and call forwarding is set from a broken-into
    // mailbox: https://www.fcc.gov/consumers/guides/voicemail-hacking
    step({
      id: 'carrier_call_forwarding',
      effects: ['stops-delivery', 'removes-access'],
      recurring: true,
      when: MINE,
    }),
  ],
  'device-cloud': [
    DOCUMENT_FIRST,
    // Anyone signed in to the same Apple Account on a device sees what it locates:
    // https://www.abclex.com/can-an-airtag-tracking-be-shared. The phone or computer itself is
    // the device check's job (route #/device); the step's text points there in words.
    step({ id: 'cloud_which_account', effects: ['reads-only'], recurring: true }),
    // Who sees the location and which devices can be found: one screen (Find My). Merged, see
    // playbook-merged-steps.ts.
    // After an Emergency SOS call, emergency contacts get a message with the current location
    // and updates: https://www.apple.com/legal/privacy/data/en/safety-features (read through a copy)
    // Find Hub is Google's new name for Find My Device (https://github.com/acamarata/findplus/wiki/FAQ,
    // https://www.jacche.com/googles-find-hub-a-biometric-backtrack-in-the-name-of-convenience).
    // AirTag share-group members get no unwanted-tracking alerts for that AirTag:
    // https://support.apple.com/zh-tw/guide/personal-safety/stop-sharing-an-airtag-ips0c073d231/web
    // Location shared with people is separate from the account's sign-in (Safety Check reviews
    // it person by person): https://support.apple.com/en-za/guide/personal-safety/ipsce4cb8352/web
    step({
      id: 'cloud_location_and_devices',
      effects: ['stops-delivery', 'removes-access'],
      recurring: true,
    }),
    // Safety Check: Manage Sharing & Access reviews people and apps one by one; Emergency Reset
    // stops all sharing at once: https://support.apple.com/en-za/guide/personal-safety/ipsce4cb8352/web
    // and https://www.scribd.com/document/858745021/Personal-Safety-User-Guide
    step({
      id: 'cloud_safety_check',
      effects: ['stops-delivery', 'removes-access'],
      when: APPLE,
    }),
    SYNC_CHECK,
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
      when: APPLE,
    }),
    // Apple's trusted numbers and devices are the step above and the trusted devices below.
    { ...SECOND_STEP_METHODS, when: NOT_APPLE },
    SIGN_OUT_SESSIONS,
    TRUSTED_DEVICES,
    TURN_ON_MFA,
    // Apple has no backup codes: its recovery key is in the recovery contacts step.
    { ...BACKUP_CODES, when: NOT_APPLE },
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
    // What is shared and what syncs: one screen (cloud settings). See playbook-merged-steps.ts.
    // Google Photos partner sharing shares new photos as they back up:
    // https://support.google.com/photos/answer/7378858
    // Text Message Forwarding sends an iPhone's SMS to the same Apple Account's iPad or Mac and
    // is turned off in Messages settings: https://support.apple.com/en-in/guide/security/sec16bb20def/web
    // and https://support.apple.com/en-gb/guide/personal-safety/ipsdccb7919d/web
    step({
      id: 'cloud_sharing_and_sync',
      effects: ['stops-delivery', 'removes-access'],
      recurring: true,
    }),
    CONNECTED_APPS,
  ],
  banking: [
    DOCUMENT_FIRST,
    SYNC_CHECK,
    NEW_PASSWORD,
    // Keep statements and letters from reaching the home they can reach (a PO box or a friend's
    // address): https://goaskrose.com/guide-financial-security/
    step({
      id: 'bank_contact_details',
      effects: ['stops-delivery', 'sends-notice'],
      sitting: 'recovery',
      recurring: true,
    }),
    TURN_ON_MFA,
    // Joint accounts: both owners have full access; a bank may freeze one, rules vary by bank:
    // https://www.finabilityus.org/resource-guide-module/how-can-i-protect-myself ; act only if it
    // is safe: https://survivingeconomicabuse.org/i-need-help/de-linking-from-the-abuser/separating-your-finances/
    step({
      id: 'bank_authorized_users',
      effects: ['removes-access', 'sends-notice'],
      recurring: true,
    }),
    // New payees and linked accounts are what banks alert on; the person checks them:
    // https://www.marylandable.org/faqs/what-text-alerts-do-i-get-and-how-do-i-update-my-preferences
    step({ id: 'bank_payees', effects: ['stops-delivery'], recurring: true }),
    // Venmo's "Remembered Devices": remove a phone that isn't yours, and it must pass the security
    // code again: https://help.venmo.com/hc/en-us/articles/217532397-Multifactor-Authentication ;
    // Cash App recommends its Security Lock: https://cash.app/help/us/en-us/1112-cash-account-settings
    step({ id: 'bank_payment_apps', effects: ['removes-access'], recurring: true }),
    // Security alerts for login, password and profile changes, by text or email:
    // https://fidelity.com/spend-save/help-center/credit-card/alerts ; new payees and large
    // withdrawals: https://www.marylandable.org/faqs/what-text-alerts-do-i-get-and-how-do-i-update-my-preferences
    step({ id: 'bank_alerts', effects: ['adds-protection'] }),
    // Most banks add a verbal password asked on every call, though few advertise it:
    // https://krebsonsecurity.com/2017/11/simple-banking-security-tip-verbal-passwords/
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
};
