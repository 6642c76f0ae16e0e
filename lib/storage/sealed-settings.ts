import type { Settings } from '../plan/types';
import { readSettings } from './validate';

/**
 * The sealed copy of the settings kept in clear (issue 28): the clear settings steer quick exit,
 * the lock and imports while the plan is locked, so anyone with this profile can change them.
 * A copy sealed inside the plan is compared after each unlock, so such a change shows. Pure.
 */

/**
 * The settings compared: what steers safety or what the person sees. Left out: schedules and
 * marks that change by themselves while locked (the next check-up, "introduction read").
 */
export const SEALED_SETTING_KEYS = [
  'quickExitUrl',
  'autoLockMinutes',
  'clearHistory',
  'discreet',
  'onlySealedImports',
  'popupNextStep',
  'language',
  'checkUpRhythm',
  'checkUpDot',
  'checkUpNotify',
  'checkUpNotifyText',
] as const satisfies readonly (keyof Settings)[];

export type SealedSettingKey = (typeof SEALED_SETTING_KEYS)[number];

/** Whether a copy of this setting is sealed. */
export const isSealedSetting = (key: string): key is SealedSettingKey =>
  (SEALED_SETTING_KEYS as readonly string[]).includes(key);

/** The sealed copy; a key a copy lacks (sealed by an older Lockstep) is not compared. */
export type SealedSettings = Partial<Pick<Settings, SealedSettingKey>>;

/** One setting that differs: what the sealed copy says, and what is stored in clear now. */
export interface SettingChange<K extends SealedSettingKey = SealedSettingKey> {
  readonly key: K;
  readonly sealed: Settings[K];
  readonly current: Settings[K];
}

/** The copy to seal from the settings as they are now. */
export function sealedCopyOf(settings: Settings): SealedSettings {
  const copy: Record<string, unknown> = {};
  for (const key of SEALED_SETTING_KEYS) copy[key] = settings[key];
  return copy as SealedSettings;
}

/** The copy from decoded sealed text: null when there is none; values that fail their check drop. */
export function readSealedCopy(raw: unknown): SealedSettings | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const copy: Record<string, unknown> = {};
  for (const key of SEALED_SETTING_KEYS) {
    if (!Object.hasOwn(raw, key)) continue;
    const value = (raw as Record<string, unknown>)[key];
    if (readSettings([{ key, value }]).damaged === 0) copy[key] = value;
  }
  return copy as SealedSettings;
}

/** Every compared setting whose clear value differs from the sealed copy; none without a copy. */
export function settingChanges(sealed: SealedSettings | null, current: Settings): SettingChange[] {
  if (!sealed) return [];
  return SEALED_SETTING_KEYS.flatMap((key) => {
    if (!Object.hasOwn(sealed, key)) return [];
    const was = sealed[key] as Settings[typeof key];
    return Object.is(was, current[key]) ? [] : [{ key, sealed: was, current: current[key] }];
  });
}
