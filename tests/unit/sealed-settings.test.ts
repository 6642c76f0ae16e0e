import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/plan/types';
import {
  SEALED_SETTING_KEYS,
  readSealedCopy,
  sealedCopyOf,
  settingChanges,
  type SealedSettingKey,
} from '@/lib/storage/sealed-settings';

/** A valid value for each compared setting (what the settings pages can store). */
const VALUES: { readonly [K in SealedSettingKey]: fc.Arbitrary<Settings[K]> } = {
  quickExitUrl: fc.constantFrom('', 'https://weather.example/', 'http://news.example/a'),
  autoLockMinutes: fc.integer({ min: 0, max: 24 * 60 }),
  clearHistory: fc.boolean(),
  discreet: fc.boolean(),
  onlySealedImports: fc.boolean(),
  popupNextStep: fc.constantFrom('auto', 'show', 'hide'),
  language: fc.constantFrom('', 'en', 'es', 'es-419'),
  checkUpRhythm: fc.constantFrom('off', 'two-weeks', 'month', 'three-months'),
  checkUpDot: fc.boolean(),
  checkUpNotify: fc.boolean(),
  checkUpNotifyText: fc.string({ maxLength: 80 }),
};

const settingsArb: fc.Arbitrary<Settings> = fc
  .record(VALUES)
  .map((picked) => ({ ...DEFAULT_SETTINGS, ...picked }));

/** The copy as it comes back from sealed text. */
const roundTrip = (settings: Settings) =>
  readSealedCopy(JSON.parse(JSON.stringify(sealedCopyOf(settings))));

describe('the sealed copy of the clear settings', () => {
  it('sees no change when nothing changed', () => {
    fc.assert(
      fc.property(settingsArb, (settings) => {
        expect(settingChanges(roundTrip(settings), settings)).toEqual([]);
      }),
    );
  });

  it('sees any change of a compared setting, naming it with both values', () => {
    const keyArb = fc.constantFrom(...SEALED_SETTING_KEYS);
    fc.assert(
      fc.property(settingsArb, settingsArb, keyArb, (sealed, other, key) => {
        fc.pre(!Object.is(sealed[key], other[key]));
        const now = { ...sealed, [key]: other[key] };
        expect(settingChanges(roundTrip(sealed), now)).toEqual([
          { key, sealed: sealed[key], current: other[key] },
        ]);
      }),
    );
  });

  it('lists every changed setting, and nothing else', () => {
    fc.assert(
      fc.property(settingsArb, settingsArb, (sealed, now) => {
        const changed = settingChanges(roundTrip(sealed), now).map((c) => c.key);
        expect(changed).toEqual(SEALED_SETTING_KEYS.filter((k) => !Object.is(sealed[k], now[k])));
      }),
    );
  });

  it('ignores settings that change by themselves while locked', () => {
    const sealed = roundTrip(DEFAULT_SETTINGS);
    const now: Settings = { ...DEFAULT_SETTINGS, checkUpDueAt: 5, introSeen: true };
    expect(settingChanges(sealed, now)).toEqual([]);
  });

  it('shows nothing for a plan sealed before the copy, or a copy missing a setting', () => {
    const now: Settings = { ...DEFAULT_SETTINGS, quickExitUrl: 'https://evil.example/' };
    expect(settingChanges(readSealedCopy(undefined), now)).toEqual([]);
    expect(settingChanges(readSealedCopy({ discreet: false }), now)).toEqual([]);
  });

  it('drops a sealed value that fails its check instead of comparing it', () => {
    const copy = readSealedCopy({ quickExitUrl: 'javascript:alert(1)', discreet: 'yes' });
    expect(copy).toEqual({});
  });
});
