import type { Provider } from '../assessment/provider';
import { siteHost } from '../directory/host';
import { vendorOfSite } from './account-steps';

type StepNotices = Readonly<Record<string, string>>;

/**
 * Alerts a vendor's own page confirms, by step id. Leave out what no vendor page confirms.
 * Google "sends you an email any time your password is changed or one of your password recovery
 * options (your backup email, security question, or phone number) has been added, removed, or
 * updated": https://support.google.com/accounts/answer/2450236 ; it writes to "your main and
 * recovery email addresses": https://support.google.com/accounts/answer/2733203
 * Google's own mail when 2-Step Verification is turned on ("Congratulations on signing up for
 * 2-step verification!"), read through a copy: http://mycdo.net/forum/viewtopic.php?t=6&p=6
 * Microsoft: removing all security info starts a 30-day wait, and the old contacts are alerted
 * and can cancel: https://support.microsoft.com/en-za/help/4057241
 * Not found (the step keeps its generic sentence): Apple's mail on a password change, whether a
 * removed Apple recovery contact is told, Apple's trusted numbers, Microsoft's mail on a new
 * password or on two-step changes, Google's mail when a second step is removed.
 */
const VENDOR_NOTICES: Readonly<Record<Provider, StepNotices>> = {
  google: {
    new_password: 'stepui_notice_google_change',
    recovery_info: 'stepui_notice_google_change',
    turn_on_mfa: 'stepui_notice_google_two_step',
  },
  microsoft: { recovery_info: 'stepui_notice_microsoft_recovery' },
  apple: {},
};

/**
 * Sites whose own help says the blocked person is not told (they may notice on their own).
 * Facebook: "Blocking someone is completely confidential, and the person will not be notified",
 * read through copies: https://makeoverarea.blogspot.com/2018/09/when-you-block-someone-on-facebook.html ,
 * http://www.romcartridge.com/2010/07/what-happens-when-you-block-someone-on.html
 * Instagram "doesn't notify you if you've been blocked", quoting its help on blocking:
 * https://www.sweetyhigh.com/read/how-to-know-someone-blocked-you-instagram-030319
 * X: "The person you block will not receive any notification that they have been blocked":
 * https://lamidix.com/how-to/how-to-block-someone-on-twitter-87636 (a copy of wikiHow's guide)
 */
const BLOCK_UNTOLD: StepNotices = { social_block_or_restrict: 'stepui_notice_block_untold' };

/**
 * T-Mobile: after a new account PIN is saved, "You will be sent a text confirming the
 * PIN/Passcode update request"; only the primary account holder can change it:
 * https://www.t-mobile.com/support/account/update-your-customer-pinpasscode ,
 * https://magentapulse.t-mobile.com/us/en/customer-support/accounts/tlife-self-service/security-privacy-permissions/pah-customer-pinpasscode-maintenance
 * Not found: AT&T's or Verizon's notice on a new PIN (Verizon's Number Lock notices are
 * confirmed for business accounts only; see carrier_port_lock in playbook-recovery-kinds.ts).
 */
const TMOBILE: StepNotices = { carrier_pin: 'stepui_notice_tmobile_pin' };

/**
 * Yahoo: "We send a notification regarding the security of your account when changes are made to
 * your account": https://help.yahoo.com/kb/index?locale=en_US&page=answers&y=PROD_ACCT&question_box=account%2520has%2520been%2520hacked ;
 * for "changes to settings, we'll send a notification to your account and recovery emails"
 * (a copy of Yahoo's help): https://contactyahoo.com/received-an-access-notification/
 */
const YAHOO_CHANGE = 'stepui_notice_yahoo_change';
const YAHOO: StepNotices = {
  new_password: YAHOO_CHANGE,
  recovery_info: YAHOO_CHANGE,
  second_step_methods: YAHOO_CHANGE,
  turn_on_mfa: YAHOO_CHANGE,
};

/** Notices by registrable domain, for sites that are not Apple, Google or Microsoft. */
const SITE_NOTICES: Readonly<Record<string, StepNotices>> = {
  't-mobile.com': TMOBILE,
  'yahoo.com': YAHOO,
  'facebook.com': BLOCK_UNTOLD,
  'instagram.com': BLOCK_UNTOLD,
  'x.com': BLOCK_UNTOLD,
  'twitter.com': BLOCK_UNTOLD,
};

/** The i18n key of what this account's own site says about this step, if a page confirms it. */
export function vendorNoticeKey(stepId: string, site?: string): string | undefined {
  const vendor = vendorOfSite(site);
  const byVendor = vendor && VENDOR_NOTICES[vendor][stepId];
  if (byVendor) return byVendor;
  const domain = site ? siteHost(site)?.domain : undefined;
  return domain ? SITE_NOTICES[domain]?.[stepId] : undefined;
}
