import { step } from './step-spec';

// Steps shared by several kinds. A step's id is its identity in stored progress: never rename or
// remove one (see RETIRED_STEP_IDS in playbook.ts).
// Capture the real number or username with the date and time, not a saved nickname:
// https://nocache.womenslaw.org/about-abuse/abuse-using-technology/evidence-issues-cases-involving-technology/documentingsaving
// Backed-up photos can be shared on their own (Google Photos partner sharing shares photos "as
// they're backed up"): https://support.google.com/photos/answer/7378858
export const DOCUMENT_FIRST = step({ id: 'document_first', effects: ['records-only'] });
// First in the sitting, not before it: removed earlier, someone who still knows the password
// sees that forwarding stopped. A rule that deletes or hides the provider's security alerts
// would hide the very alerts the sitting sends, and a forward would copy them to the other person.
// Mail from blocked senders goes "directly to your Junk E-Mail folder" (Outlook):
// http://help.outlook.com/en-us/140/ms.exch.ecp.junkemailconfiguration.aspx
export const EMAIL_FORWARDING = step({
  id: 'email_forwarding',
  effects: ['stops-delivery'],
  sitting: 'rules',
  recurring: true,
});
// Right before the sitting: a new password or passkey saved to a shared Apple or Google account,
// or a shared password manager, reaches every device on it. Passkeys sync through iCloud Keychain
// and Google Password Manager; Chrome's saved passwords sync to the Google Account
// (https://support.google.com/accounts/answer/6197437). Looking changes nothing.
export const SYNC_CHECK = step({ id: 'sync_check', effects: ['reads-only'] });
// A keylogger records passwords as they are typed, so a watched device is the wrong place:
// http://www.safespaceonline.org/computers.html
export const NEW_PASSWORD = step({
  id: 'new_password',
  effects: ['removes-access', 'sends-notice'],
  sitting: 'new-password',
  role: 'change-password',
});
// Microsoft: removing all security info starts a 30-day wait; the old contacts are alerted and
// can cancel. https://support.microsoft.com/en-za/help/4057241 and
// https://learn.microsoft.com/en-us/answers/questions/5852576/security-issues-as-always
export const RECOVERY_INFO = step({
  id: 'recovery_info',
  effects: ['removes-access', 'sends-notice'],
  sitting: 'recovery',
  recurring: true,
});
// Google's second steps: codes by text or call, prompts on a phone, authenticator apps, security
// keys and backup codes: https://support.eng.ucsd.edu/knowledge-base/google-2-step-verification ;
// a lost phone is signed out and removed: https://support.google.com/accounts/answer/185834
export const SECOND_STEP_METHODS = step({
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
export const SIGN_OUT_SESSIONS = step({
  id: 'sign_out_sessions',
  effects: ['removes-access'],
  sitting: 'sign-out',
  recurring: true,
});
// Google lists the devices signed in recently; sign out of any not yours (google.com/devices):
// https://nettivuori.com/article/see-devices-with-account-access/2366 (a copy of Google's page)
export const TRUSTED_DEVICES = step({
  id: 'remove_trusted_devices',
  effects: ['removes-access'],
  sitting: 'sign-out',
  recurring: true,
});
// CISA: phishing-resistant MFA (FIDO security keys, passkeys) is the most secure; codes by text
// are open to SIM swaps: "Implementing Phishing-Resistant MFA" (2022), read through a copy at
// https://safariosophy.com/set-up-notifications-on-google-sheets-5034 . The FTC: against SIM swaps,
// use an authentication app or a security key: https://www.consumer.ftc.gov/blog/2019/10/sim-swap-scams-how-protect-yourself
export const TURN_ON_MFA = step({
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
export const BACKUP_CODES = step({ id: 'backup_codes', effects: ['removes-access'] });
// Google: "Third-party apps with account access", then "Remove Access":
// https://confluence.appstate.edu/plugins/viewsource/viewpagesrc.action?pageId=61933752
// (app passwords: no source found here, so the text no longer names them)
export const CONNECTED_APPS = step({
  id: 'connected_apps',
  effects: ['removes-access', 'stops-delivery'],
  recurring: true,
});
// Security Checkup lists devices, apps and recovery details in one place:
// https://tinygrab.com/?p=345969 ; Inactive Account Manager lets chosen contacts download data
// after 3–18 months without use: https://digitaldeathdirectory.cs.umanitoba.ca/platforms/google
export const EMAIL_ACCOUNT_CHECKUP = step({
  id: 'email_account_checkup',
  effects: ['removes-access'],
  recurring: true,
});
