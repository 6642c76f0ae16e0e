import { saneDateOr } from '../plan/dates';
import { isAccountKind } from '../plan/kinds';
import type { Account, LocalHelpLine, Settings, StepProgress } from '../plan/types';
import { DEFAULT_SETTINGS, STEP_STATUSES } from '../plan/types';

const isString = (v: unknown): v is string => typeof v === 'string';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * A stored account, or null when the record is damaged. Never throws. Its dates only say when
 * it was added and changed: a number that cannot be a right date (lib/plan/dates.ts) reads as
 * unknown.
 */
export function readAccount(raw: unknown, now: number = Date.now()): Account | null {
  if (!isRecord(raw)) return null;
  const { id, name, site, kind, position } = raw;
  if (!isString(id) || !id || !isString(name) || !name.trim() || !isAccountKind(kind)) return null;
  if (typeof position !== 'number' || !Number.isFinite(position)) return null;
  if (typeof raw.createdAt !== 'number' || typeof raw.updatedAt !== 'number') return null;
  const createdAt = saneDateOr(raw.createdAt, now);
  const updatedAt = saneDateOr(raw.updatedAt, now);
  return { id, name, site: isString(site) ? site : '', kind, position, createdAt, updatedAt };
}

/**
 * A stored step decision, or null when the record is damaged. Never throws. The decision is
 * what matters: with a number that cannot be a right date it is kept, dated unknown.
 */
export function readProgress(raw: unknown, now: number = Date.now()): StepProgress | null {
  if (!isRecord(raw)) return null;
  const { accountId, stepId, status } = raw;
  if (!isString(accountId) || !isString(stepId) || typeof raw.at !== 'number') return null;
  if (!STEP_STATUSES.includes(status as StepProgress['status'])) return null;
  return {
    accountId,
    stepId,
    status: status as StepProgress['status'],
    at: saneDateOr(raw.at, now),
  };
}

function readHelpLine(raw: unknown): LocalHelpLine | null {
  if (!isRecord(raw) || !isString(raw.name) || !isString(raw.phone)) return null;
  return { name: raw.name, phone: raw.phone };
}

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

/** The longest check-up notification text the person may choose. */
export const NOTIFY_TEXT_MAX = 80;

/** How each setting is checked; a value that fails keeps the default and counts as damaged. */
const SETTING_CHECKS: { readonly [K in keyof Settings]: (value: unknown) => boolean } = {
  introSeen: isBoolean,
  localHelpLine: (v) => v === null || readHelpLine(v) !== null,
  autoLockMinutes: (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 24 * 60,
  quickExitUrl: (v) => isString(v) && (v === '' || /^https?:\/\//i.test(v)),
  quickExitExplained: isBoolean,
  clearHistory: isBoolean,
  discreet: isBoolean,
  popupNextStep: (v) => v === 'auto' || v === 'show' || v === 'hide',
  lockOfferDeclined: isBoolean,
  lookLockOfferDeclined: isBoolean,
  checkUpRhythm: (v) => v === 'off' || v === 'two-weeks' || v === 'month' || v === 'three-months',
  checkUpSince: (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0,
  checkUpDueAt: (v) => v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0),
  checkUpDot: isBoolean,
  checkUpNotify: isBoolean,
  checkUpNotifyText: (v) => isString(v) && v.length <= NOTIFY_TEXT_MAX,
  onlySealedImports: isBoolean,
  language: (v) => isString(v) && /^([a-z]{2,3}(-[A-Za-z0-9]{2,8})*)?$/.test(v),
};

const isSettingKey = (key: string): key is keyof Settings => Object.hasOwn(SETTING_CHECKS, key);

/** Known settings from stored key/value records; unknown keys are ignored, damaged ones fall back. */
export function readSettings(records: readonly { key: string; value: unknown }[]): {
  settings: Settings;
  damaged: number;
} {
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  let damaged = 0;
  for (const { key, value } of records) {
    if (!isSettingKey(key)) continue;
    if (SETTING_CHECKS[key](value))
      settings[key] = key === 'localHelpLine' && value !== null ? readHelpLine(value) : value;
    else damaged++;
  }
  return { settings: settings as unknown as Settings, damaged };
}
