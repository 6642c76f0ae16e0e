/**
 * The guided device checks: for each kind of device, what to open and what to look for; each
 * device record shows its kind's checks after its own steps. Each check's id
 * is its stored identity (never renamed); its texts are `devcheck_<id>_title`, `_how` and
 * `_look` in messages.json. A check only looks: nothing here asks the person to remove anything.
 *
 * Setting names were checked on 2026-12-02 against the sources beside each check; phones and
 * computers rename settings often, so each text also says what to search for in Settings.
 */
import type { DeviceKind } from '../plan/records';
import type { DeviceRecordKind } from './device-record';

export interface DeviceCheck {
  /** snake_case, stored with the mark; never renamed. */
  readonly id: string;
}

export const DEVICE_CHECKS: Readonly<Record<DeviceKind, readonly DeviceCheck[]>> = {
  android: [
    // Pixel: Settings > Passwords, passkeys & accounts; Samsung: Settings > Accounts and backup >
    // Manage accounts (older: Accounts). https://webproeducation.org/?p=21890 (Pixel),
    // https://kahawatungu.com/how-to-remove-google-account-from-android-device/ (Accounts and Backup)
    { id: 'android_accounts' },
    // Pixel: Settings > Security & privacy > More security & privacy > Device admin apps;
    // Samsung: Settings > Security and privacy > Other security settings > Device admin apps.
    // https://www.techbone.net/samsung/user-manual/device-administrators
    // https://imtr.net/article/your-android-phone-could-have-stalkerware-heres-how-to-remove-it-3b50
    { id: 'android_device_admin' },
    // Settings > Accessibility (Pixel: "Downloaded apps"; Samsung: "Installed apps").
    // https://sleuthx.ai/blog/signs-your-android-is-being-monitored
    { id: 'android_accessibility' },
    // Pixel: Settings > Notifications > Device & app notifications; Samsung: Settings > Apps >
    // ⋮ > Special access > Notification access. https://snckbl.news/?p=6164 ("Special app access")
    { id: 'android_notification_access' },
    // Pixel: Settings > Apps > Special app access > Install unknown apps; Samsung: Settings >
    // Apps > ⋮ > Special access > Install unknown apps.
    // https://help.motorola.com/hc/3504/14/global/en-gb/T1809172408sS3.html (Special app access)
    { id: 'android_unknown_apps' },
    // Play Store > profile picture > Play Protect > settings: "Scan apps with Play Protect".
    // https://support.google.com/googleplay/answer/2812853
    { id: 'android_play_protect' },
    // Pixel: Settings > Security & privacy > Privacy controls > Permission manager; Samsung:
    // Settings > Security and privacy > Permission manager.
    // https://www.samsung.com/us/support/answer/ANS10002544
    { id: 'android_permissions' },
  ],
  iphone: [
    // Settings > Privacy & Security > Safety Check > Manage Sharing & Access.
    // https://support.apple.com/guide/personal-safety/ips2aad835e1/web
    { id: 'iphone_safety_check' },
    // Settings > [your name]: the Apple Account, and its devices further down.
    // https://support.apple.com/guide/personal-safety/ips2aad835e1/web (signed in to Settings > [Your Name])
    { id: 'iphone_apple_account' },
    // Settings > General > VPN & Device Management.
    // https://tutordasher.com/tag/dangerous (Settings > General > VPN & Device Management)
    { id: 'iphone_profiles' },
    // Settings > Face ID & Passcode (Alternate Appearance) or Touch ID & Passcode (fingerprints).
    // https://pt.hi-network.com/does-someone-else-secretly-have-access-to-your-iphone-or-ipad.html
    // (no "Set Up an Alternate Appearance" button means a second appearance is set up)
    { id: 'iphone_face_id' },
    // Settings > Privacy & Security > Location Services, Microphone, Camera, Contacts.
    // https://support.apple.com/guide/personal-safety/ips2aad835e1/web (reset app permissions)
    { id: 'iphone_permissions' },
  ],
  windows: [
    // Settings > Apps > Installed apps (the same list the startup page below comes from).
    // https://www.slashgear.com/1784201/1how-make-windows-11-run-faster/
    { id: 'windows_apps' },
    // Settings > Apps > Startup; Task Manager (Ctrl + Shift + Esc) > Startup apps.
    // https://www.slashgear.com/1784201/1how-make-windows-11-run-faster/
    { id: 'windows_startup' },
    // Settings > Accounts > Other users (older: Family & other users).
    // https://askvity.info/windows-11-accounts/how-do-i-remove-my-account-in-windows-11
    { id: 'windows_accounts' },
    // Settings > System > Remote Desktop (no page found by search; the setting's own name).
    { id: 'windows_remote' },
    // Settings > Privacy & security > Location, Camera, Microphone, Contacts ("App permissions").
    { id: 'windows_permissions' },
  ],
  mac: [
    // System Settings > General > Login Items & Extensions (older: Login Items).
    // https://mail.applevis.com/podcasts/how-manage-login-items-macos
    // https://cleanwithcrumb.com/blog/allow-in-the-background-mac-explained/ (Allow in the Background)
    { id: 'mac_login_items' },
    // System Settings > General > Sharing: Screen Sharing, Remote Management, Remote Login.
    // https://support.apple.com/guide/mac-help/mh11848/mac
    { id: 'mac_sharing' },
    // System Settings > Users & Groups.
    { id: 'mac_users' },
    // System Settings > General > Device Management (older: Privacy & Security > Profiles).
    // https://support.apple.com/guide/deployment/intro-to-device-management-profiles-depc0aadd3fe/web
    { id: 'mac_profiles' },
    // System Settings > Privacy & Security: Location Services, Camera, Microphone, Screen &
    // System Audio Recording, Accessibility, Contacts.
    // https://support.apple.com/guide/personal-safety/ips2aad835e1/web (checklists for Mac)
    { id: 'mac_permissions' },
  ],
  chromebook: [
    // Settings > Accounts; Settings > Security and privacy > Manage other people.
    // https://support.google.com/chromebook/answer/9255194
    { id: 'chromebook_people' },
    // Settings > Apps > Manage your apps; chrome://extensions.
    { id: 'chromebook_apps' },
    // Quick Settings (select the time): a "Managed by …" line means a school or work admin.
    // https://support.google.com/work/android/answer/7502354 (what a device's admin can see)
    { id: 'chromebook_managed' },
    // Settings > Security and privacy > Privacy controls: Camera, Microphone, Location.
    // https://support.google.com/chromebook/answer/13128177
    { id: 'chromebook_permissions' },
  ],
};

/** The guided checks' kind of each device record's kind ('other' has no checks). */
export const CHECK_KIND: Readonly<Record<DeviceRecordKind, DeviceKind | null>> = {
  iphone: 'iphone',
  android: 'android',
  windows: 'windows',
  mac: 'mac',
  chromebook: 'chromebook',
  other: null,
};

/**
 * A device record's guided checks, shown after its own steps and marked like them (the mark's
 * `stepId` is the check's id).
 */
export const checksForDevice = (kind: DeviceRecordKind): readonly DeviceCheck[] => {
  const checkKind = CHECK_KIND[kind];
  return checkKind ? DEVICE_CHECKS[checkKind] : [];
};

/** The text keys of a check. */
export const checkKeys = (check: DeviceCheck) =>
  ({
    title: `devcheck_${check.id}_title`,
    how: `devcheck_${check.id}_how`,
    look: `devcheck_${check.id}_look`,
  }) as const;
