import type { AccountKind } from './kinds';
import {
  DOCUMENT_FIRST,
  NEW_PASSWORD,
  RECOVERY_INFO,
  SIGN_OUT_SESSIONS,
  SYNC_CHECK,
  TURN_ON_MFA,
} from './shared-steps';
import { step, type StepSpec } from './step-spec';

/** The kinds issue 32 added: the rest of a survivor's life. */
export type LifeKind = Extract<
  AccountKind,
  | 'home-internet'
  | 'mail-address'
  | 'government'
  | 'health'
  | 'fitness'
  | 'games'
  | 'co-parenting'
  | 'dating'
>;

// The shared steps (document first, what syncs, the sitting) carry their sources in
// shared-steps.ts. Each step below has its source beside it.
export const LIFE_KIND_STEPS: Readonly<Record<LifeKind, readonly StepSpec[]>> = {
  'home-internet': [
    DOCUMENT_FIRST,
    // Whoever set up the router may have changed its settings; find it and its manual, or ask
    // the internet provider: https://techsafety.ca/resources/toolkits/resetting-your-wi-fi-network
    step({ id: 'net_look', effects: ['reads-only'], recurring: true }),
    SYNC_CHECK,
    NEW_PASSWORD,
    RECOVERY_INFO,
    TURN_ON_MFA,
    // The router's admin password is not the Wi-Fi password; with it someone can change the
    // Wi-Fi password itself: https://cyberspark.blog/2026/01/24/router-admin-protection-passwords-updates-basic-settings/
    // (citing cisa.gov) and https://www.cyberguru.com.au/have-you-changed-your-modem-routers-default-password/
    step({ id: 'net_router_admin', effects: ['removes-access'] }),
    // Anyone on the network can see much of what is done on it; reset the Wi-Fi once you no
    // longer live with them: https://techsafety.ca/resources/toolkits/resetting-your-wi-fi-network
    step({ id: 'net_wifi_password', effects: ['removes-access'] }),
  ],
  'mail-address': [
    DOCUMENT_FIRST,
    // USPS (US only): Informed Delivery sends mail images for the address on the usps.com
    // profile; updating that address stops notices for the old one:
    // https://cc.bingj.com/cache.aspx?q=change+of+address+usps&d=4902812767815028 (USPS FAQ
    // 000005308, read through a copy)
    step({ id: 'mail_look', effects: ['reads-only'], recurring: true }),
    SYNC_CHECK,
    NEW_PASSWORD,
    RECOVERY_INFO,
    TURN_ON_MFA,
    // An official change of address sends an email and a letter with a code to confirm it, and
    // moves Informed Delivery with it (USPS FAQ 000005308, read through a copy):
    // https://cc.bingj.com/cache.aspx?q=change+of+address+usps&d=4902812767815028
    step({ id: 'mail_informed_delivery', effects: ['stops-delivery'], recurring: true }),
    // State address confidentiality programs (US): a substitute address, first-class mail
    // forwarded free, apply through a local domestic violence program; not every business must
    // accept it: https://www.oag.state.va.us/index.php/programs-initiatives/domestic-violence/address-confidentiality-program
    // https://nccasa.org/resources/address-confidentiality-program and
    // https://thewernerlawgroup.com/2022/06/21/confidentiality-program-and-change-of-name/
    step({ id: 'mail_confidential_address', effects: ['asks-for-help'] }),
  ],
  government: [
    DOCUMENT_FIRST,
    // IRS online accounts verify identity through ID.me (US federal):
    // https://legalclarity.org/how-to-put-a-pin-or-lock-on-a-social-security-number
    step({ id: 'gov_look', effects: ['reads-only'], recurring: true }),
    SYNC_CHECK,
    NEW_PASSWORD,
    RECOVERY_INFO,
    TURN_ON_MFA,
    // IRS Identity Protection PIN: six digits, a new one each year, a return filed without it
    // is rejected: https://numberhealer.com and https://www.ztaxonline.com/cyber-security-online-account-protection/irs-identity-protection-pin-ippin
    step({ id: 'gov_ip_pin', effects: ['adds-protection'] }),
  ],
  health: [
    DOCUMENT_FIRST,
    // Mail about a dependent's care can go to the named insured (the policyholder):
    // https://aspe.hhs.gov/report/standards-privacy-individually-identifiable-health-information-final-privacy-rule-preamble/section-164522b-confidential-communications-requirements
    step({ id: 'health_look', effects: ['reads-only'], recurring: true }),
    SYNC_CHECK,
    NEW_PASSWORD,
    RECOVERY_INFO,
    TURN_ON_MFA,
    // HIPAA (US) 45 CFR 164.522(b): providers must honor reasonable requests for another
    // address and may not ask why; a health plan may ask for a statement that the mail could
    // endanger you: https://bricker.com/insights/resources/key/HIPAA-Privacy-Regulations-Rights-to-Request-Privacy-Protection-Confidential-Communications-164-522-b
    step({ id: 'health_confidential_mail', effects: ['asks-for-help', 'stops-delivery'] }),
  ],
  fitness: [
    DOCUMENT_FIRST,
    // Strava activities can be seen by everyone, followers or only you; a new default applies
    // only to future activities: https://1509982356.rsc.cdn77.org/content/news/249224-breaking-down-stravas-simpler-clearer-privacy-controls
    step({ id: 'fit_look', effects: ['reads-only'], recurring: true }),
    SYNC_CHECK,
    NEW_PASSWORD,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    // Strava Privacy Zones hide where an activity starts or stops near an address, for past
    // activities too, but not a stop or pass in the middle:
    // https://support.strava.com/hc/en-us/articles/115000173384-Privacy-Zones
    step({ id: 'fit_hide_routes', effects: ['stops-delivery'], recurring: true }),
  ],
  games: [
    DOCUMENT_FIRST,
    // Microsoft's "sign out everywhere" signs out within 24 hours "except an Xbox console":
    // https://wus.prod.support.services.microsoft.com/sv-se/account-billing/logga-ut-fr%C3%A5n-ditt-microsoft-konto-%C3%B6verallt-58da4a74-a719-43a6-9dd0-74a7e613229f
    step({ id: 'game_look', effects: ['reads-only'], recurring: true }),
    SYNC_CHECK,
    NEW_PASSWORD,
    RECOVERY_INFO,
    // PlayStation: Account Management > Security > "Sign Out of All Devices":
    // https://howtosguru.net/how-can-i-sign-out-of-my-psn-account-from-all-devices/
    step({
      id: 'game_sign_out',
      effects: ['removes-access'],
      sitting: 'sign-out',
      recurring: true,
    }),
    TURN_ON_MFA,
  ],
  'co-parenting': [
    DOCUMENT_FIRST,
    // Courts often order OurFamilyWizard or TalkingParents; messages cannot be edited or
    // deleted: https://legalclarity.org/court-apps-for-parents-how-they-work-in-custody-cases/ ;
    // a deleted sent message stays in the co-parent's inbox:
    // https://www.ourfamilywizard.ca/knowledge-centre/tips-tricks/parents-website/messages
    step({ id: 'coparent_court_order', effects: ['asks-for-help'] }),
    // OurFamilyWizard gives attorneys, mediators and judges professional access:
    // https://dadsfight.com/resources/communication-tools-court-respects
    step({ id: 'coparent_who_sees', effects: ['reads-only'], recurring: true }),
    SYNC_CHECK,
    NEW_PASSWORD,
    RECOVERY_INFO,
    TURN_ON_MFA,
  ],
  dating: [
    DOCUMENT_FIRST,
    // A linked Instagram and photos used elsewhere let someone find you beyond the app (reverse
    // image search): https://theprivacy.com/how-to-prevent-stalking-while-online-dating/
    step({ id: 'dating_look', effects: ['reads-only'], recurring: true }),
    SYNC_CHECK,
    NEW_PASSWORD,
    RECOVERY_INFO,
    TURN_ON_MFA,
    // Same source: unlink Instagram, use photos not posted elsewhere. A distance setting does
    // not fully hide where you are: https://certificase.com/?p=2692
    step({ id: 'dating_unlink', effects: ['stops-delivery'], recurring: true }),
  ],
};
