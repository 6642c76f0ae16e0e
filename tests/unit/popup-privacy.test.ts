import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/plan/types';
import { popupShowsPlan } from '@/lib/safety/popup-privacy';
import { readSettings } from '@/lib/storage/validate';

const with_ = (over: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...over });

describe('whether the toolbar popup tells of the plan', () => {
  it('by default: only with the lock on and discreet mode off', () => {
    expect(popupShowsPlan(DEFAULT_SETTINGS, 'none')).toBe(false);
    expect(popupShowsPlan(DEFAULT_SETTINGS, 'unlocked')).toBe(true);
    expect(popupShowsPlan(with_({ discreet: true }), 'unlocked')).toBe(false);
    expect(popupShowsPlan(with_({ discreet: true }), 'none')).toBe(false);
  });

  it("the person's choice wins either way", () => {
    expect(popupShowsPlan(with_({ popupNextStep: 'show', discreet: true }), 'none')).toBe(true);
    expect(popupShowsPlan(with_({ popupNextStep: 'hide' }), 'unlocked')).toBe(false);
  });

  it('a damaged stored choice falls back to the default', () => {
    const { settings } = readSettings([{ key: 'popupNextStep', value: 'always' }]);
    expect(settings.popupNextStep).toBe('auto');
    expect(readSettings([{ key: 'popupNextStep', value: 'hide' }]).settings.popupNextStep).toBe(
      'hide',
    );
  });
});
