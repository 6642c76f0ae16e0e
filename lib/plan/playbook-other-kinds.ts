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
  TURN_ON_MFA,
} from './shared-steps';
import type { LifeKind } from './playbook-life-kinds';
import type { EverydayKind } from './playbook-everyday-kinds';
import type { RecoveryKind } from './playbook-recovery-kinds';
import { step, type StepSpec } from './step-spec';

/**
 * Every other kind of account, in the playbook's order. See playbook.ts for the rules every list
 * follows.
 */
export const OTHER_KIND_STEPS: Readonly<
  Record<Exclude<AccountKind, RecoveryKind | LifeKind | EverydayKind>, readonly StepSpec[]>
> = {
  'password-manager': [
    DOCUMENT_FIRST,
    SYNC_CHECK,
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
    SYNC_CHECK,
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
  // Tile is Life360's, a family tracking service: https://foundation.mozilla.org/en/privacynotincluded/tile-mate/
  trackers: [
    DOCUMENT_FIRST,
    // In a Life360 Circle every member sees where every other member is, with history:
    // https://stillsafe.life/blog/why-life360-isnt-a-safety-app ; changes can alert the person:
    // https://techsafety.ca/resources/toolkits/tech-safety-planning-checklist
    step({ id: 'tracker_list', effects: ['reads-only'], recurring: true }),
    // Android alerts only for a tracker "separated from" its owner, "out of Bluetooth range
    // from the owner"; Settings > Safety & emergency > Unknown tracker alerts > Scan now:
    // https://support.google.com/android/answer/13658562 (Google's own page; the manual scan as
    // Google words it: https://www.huaweicentral.com/android-will-rollout-unknown-tracker-alerts-for-devices-over-android-6-this-month/).
    // Android deletes its alerts after 48 hours and says to screenshot the map: in Android's
    // own "Next steps", as reported by https://lankatimes.com/android-throws-unknown-tracker-alerts-heres-how-to-check
    // (not found on Google's help page). iPhones warn of an AirTag moving with you:
    // https://macrumors.com/how-to/disable-an-airtag-found-moving-with-you . Tile's Scan and
    // Secure is a manual scan of up to ten minutes, moving, not in a crowd:
    // https://www.phonearena.com/news/tile-scan-and-secure-feature_id139121 ; Anti-Theft Mode
    // hides a Tile from it: https://www.macrumors.com/2023/02/16/tile-anti-theft-mode/ .
    // Samsung SmartThings has "Unknown tag alerts", off by default:
    // https://visualfoodie.com/understanding-samsung-smarttag-privacy-issues
    step({ id: 'tracker_scan', effects: ['reads-only'], recurring: true }),
    // Found one: playing its sound does not tell the owner (Google, above); law enforcement may
    // need the tracker or its serial number: https://macrumors.com/how-to/disable-an-airtag-found-moving-with-you ;
    // removing the battery stops it: https://digital.macdirectory.com/i/1518973/59 . Changes
    // can alert the person and trigger more abuse: https://techsafety.ca/resources/toolkits/tech-safety-planning-checklist
    step({ id: 'tracker_found', effects: ['records-only'] }),
    // A GPS tracker hidden in a child's doll was brought to a custody exchange:
    // https://www.abc.net.au/news/2015-06-28/stalker-apps-and-gps-endanger-domestic-violence-victims/6570882 ;
    // trackers sewn into toys and hidden in a bag given to children:
    // https://thecaliforniantimes.com/?p=11424
    step({ id: 'tracker_children', effects: ['reads-only'], recurring: true }),
    SYNC_CHECK,
    NEW_PASSWORD,
    RECOVERY_INFO,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    // Apple Personal Safety, "Stop sharing an AirTag": each member sees it; leaving the group turns
    // unwanted-tracking alerts back on: https://support.apple.com/guide/personal-safety/ips0c073d231/web
    // (read in https://support.apple.com/zh-tw/guide/personal-safety/stop-sharing-an-airtag-ips0c073d231/web)
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
    // Safe Connections Act line split for the lines of people in the person's care, as checked for
    // the kind above:
    // https://help.boostmobile.com/docs/safe-connections-act (with the kind's sources above)
    step({ id: 'family_phone_lines', effects: ['asks-for-help', 'removes-access'] }),
    // Google: parents manage a child's Google Account with Family Link:
    // https://support.google.com/families/answer/7158477
    step({ id: 'family_child_accounts', effects: ['reads-only'], recurring: true }),
    SYNC_CHECK,
    NEW_PASSWORD,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    // Uber Family Profiles: the organizer gets a receipt for every ride and can follow it on a
    // map: https://www.uber.com/en-CA/blog/toronto/familyprofiles/
    step({ id: 'family_shared_plans', effects: ['removes-access', 'stops-delivery'] }),
  ],
  social: [
    DOCUMENT_FIRST,
    SYNC_CHECK,
    NEW_PASSWORD,
    RECOVERY_INFO,
    SECOND_STEP_METHODS,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    // WhatsApp: Settings > Linked Devices, tap one, Log Out:
    // https://wccftech.com/how-to/remove-linked-devices-whatsapp/ (other apps: no source here, so
    // the text names WhatsApp only)
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
    // Restricting (Instagram) does not alert the account; blocking hides its posts from you and can
    // make harassment worse: https://onlineharassmentfieldmanual.pen.org/blocking-muting-restricting/ ;
    // screenshots before blocking: https://bestemsguide.com/how-to-block-people-who-are-trying-to-hurt-you-online/
    // No notice is sent: Facebook, Instagram and X do not tell the person they were blocked
    // (sources in lib/plan/vendor-notices.ts; TikTok and Snapchat not checked). They may notice
    // that posts and messages stop.
    step({ id: 'social_block_or_restrict', effects: ['stops-delivery'] }),
  ],
  // Smart home: devices, apps, shared users and routines that run on their own:
  // https://techsafety.org/homeautomation ; a reset button and a new Wi-Fi password cut a device
  // off its old controller: https://gdprbuzz.com/news/thermostats-locks-and-lights-digital-tools-of-domestic-abuse
  // Ring shared users: https://ring.com/au/en/support/articles/hpw10/manage-access-ring-account-devices
  'smart-home': [
    DOCUMENT_FIRST,
    // Each smart device has its own account and app, usable from anywhere:
    // https://lukesplace.ca/resources/tech-abuse/tech-abuse-when-smart-homes-arent-safe/
    step({ id: 'home_list', effects: ['reads-only'], recurring: true }),
    SYNC_CHECK,
    NEW_PASSWORD,
    RECOVERY_INFO,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    // Ring shared users: https://ring.com/au/en/support/articles/hpw10/manage-access-ring-account-devices ;
    // uninstalling or cutting access can escalate: https://probuilder.com/home/article/55212668/smart-home-devices-emerging-role-in-domestic-violence-cases
    step({ id: 'home_shared_users', effects: ['removes-access'], recurring: true }),
    // Lock codes changed remotely; a reset button and a new Wi-Fi password cut a device off:
    // https://gdprbuzz.com/news/thermostats-locks-and-lights-digital-tools-of-domestic-abuse
    step({ id: 'home_codes_wifi', effects: ['removes-access'] }),
    // Devices switched on or off remotely, lock codes changing by themselves (New York Times, 2018):
    // http://www.pressreader.com/usa/the-atlanta-journal-constitution/20180701/282776357282349
    step({ id: 'home_routines', effects: ['stops-delivery', 'removes-access'], recurring: true }),
  ],
  'other-email': [
    DOCUMENT_FIRST,
    SYNC_CHECK,
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
  other: [
    DOCUMENT_FIRST,
    SYNC_CHECK,
    NEW_PASSWORD,
    RECOVERY_INFO,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    CONNECTED_APPS,
  ],
};
