/**
 * The steps of a device record (issue 30): what to check or change on a phone or computer the
 * other person may know, each with when NOT to change yet. Texts are `devstep_<id>_title`,
 * `_how` and `_wait` in messages.json; `_wait` is said before the how-to, as a warning.
 * Ids are stored with the marks: never renamed.
 *
 * Sources, checked 2026-12-07:
 * - watched_device: techsafety-based safety plans: "use a safer computer… a friend's device, a
 *   computer at a public library… or a donated or prepaid phone"
 *   (https://www.help4dv.org/team/brian-chung); "keep using the monitored computer for
 *   activities like looking up the weather" (https://womensfreedomcenter.net/get-help/internet-technology-safety/).
 * - passcode_iphone: Apple, "Temporarily use your old passcode when you forget your new passcode
 *   on iPhone or iPad" (https://support.apple.com/105039): the old passcode works for 72 hours
 *   unless Settings > Face ID (Touch ID) & Passcode > Expire Previous Passcode Now; the passcode
 *   can change the Apple Account password (https://www.macrumors.com/how-to/ios-change-your-new-passcode-if-you-forget-it).
 * - passcode: Android, Settings > Security & privacy > Device lock > Screen lock; Samsung,
 *   Settings > Lock screen > Screen lock type (https://simplymac.com/android/how-to-set-up-change-remove-screen-lock-android).
 * - biometrics: Apple Personal Safety, "Manage Touch ID fingerprints"
 *   (https://support.apple.com/guide/personal-safety/ipseededc3a8/web): "If you see existing
 *   fingerprints you don't recall adding…"; a Face ID alternate appearance: see iphone_face_id
 *   in lib/device/checks.ts.
 * - update_system: Apple Personal Safety, "Update your Apple software" (Settings > General >
 *   Software Update); Android and Windows: the settings' own names.
 * - root_jailbreak: the FTC, via https://wp.nyu.edu/itsecurity/?p=3666: "Confirm whether your
 *   phone has been rooted or jailbroken… 'Root checker' apps can help"; Cydia as a jailbreak
 *   sign: https://nimblyreel.com/?p=134. Lockstep only says what to look for.
 * - mdm_profiles: see iphone_profiles, mac_profiles, android_device_admin and
 *   chromebook_managed in lib/device/checks.ts; Windows: Settings > Accounts > Access work or
 *   school (the setting's own name).
 * - paired_devices: Apple Personal Safety (https://support.apple.com/guide/personal-safety/ips2aad835e1/web):
 *   Settings > [your name] lists the devices signed in; the Watch app > My Watch > All Watches
 *   (https://bestwatchesreviews.org/how-to-remove-apple-watch-from-account-remove-before-selling-device).
 */
import type { DeviceRecordKind } from './device-record';

export interface DeviceStep {
  /** snake_case, stored with the mark; never renamed. */
  readonly id: string;
  /** The kinds it is for; all when left out. */
  readonly kinds?: readonly DeviceRecordKind[];
}

const PHONES: readonly DeviceRecordKind[] = ['iphone', 'android'];
const NOT_IPHONE: readonly DeviceRecordKind[] = [
  'android',
  'windows',
  'mac',
  'chromebook',
  'other',
];

/** In the order to do them: first where to change passwords, then the lock, then the looks. */
export const DEVICE_STEPS: readonly DeviceStep[] = [
  { id: 'watched_device' },
  { id: 'passcode_iphone', kinds: ['iphone'] },
  { id: 'passcode', kinds: NOT_IPHONE },
  { id: 'biometrics', kinds: ['iphone', 'android', 'windows', 'mac', 'other'] },
  { id: 'update_system' },
  { id: 'root_jailbreak', kinds: PHONES },
  { id: 'mdm_profiles', kinds: ['iphone', 'android', 'windows', 'mac', 'chromebook'] },
  { id: 'paired_devices' },
];

/** The steps of one kind of device, in order. */
export const stepsForDevice = (kind: DeviceRecordKind): DeviceStep[] =>
  DEVICE_STEPS.filter((s) => !s.kinds || s.kinds.includes(kind));

/** The text keys of a step. */
export const deviceStepKeys = (step: DeviceStep) =>
  ({
    title: `devstep_${step.id}_title`,
    how: `devstep_${step.id}_how`,
    wait: `devstep_${step.id}_wait`,
  }) as const;
