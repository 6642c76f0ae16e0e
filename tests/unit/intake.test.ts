import { describe, expect, it } from 'vitest';
import { adviseIntake, readIntake, type Intake } from '@/lib/advocate/intake';
import { DEFAULT_SETTINGS } from '@/lib/plan/types';
import {
  endSession,
  INTAKE_KEY,
  loadIntake,
  saveIntake,
  startSession,
  type SessionArea,
} from '@/lib/storage/session-storage';

describe('what the intake answers suggest', () => {
  it.each<[string, Intake, string[], string[]]>([
    ['nothing answered', {}, [], []],
    ['every answer no', { legal: 'no', 'live-together': 'no', children: 'no' }, [], []],
    ['legal steps under way', { legal: 'yes' }, ['document-first'], []],
    ['not sure counts as maybe', { 'live-together': 'not-sure' }, ['at-home'], []],
    ['a device in their hands', { 'had-devices': 'yes' }, ['device-first'], []],
    ['they know the passcode', { 'knows-passcode': 'not-sure' }, ['device-first'], []],
    ['they set up a device', { 'set-up-devices': 'yes' }, ['device-first'], []],
    ['a shared phone plan', { 'shared-phone-plan': 'yes' }, [], ['phone-carrier']],
    ['a plan they manage', { 'they-manage-plan': 'yes' }, ['their-plan'], ['phone-carrier']],
    ['shared accounts', { 'shared-accounts': 'yes' }, [], ['device-cloud', 'trackers', 'family']],
    ['children', { children: 'yes' }, ['custody'], ['trackers', 'family', 'co-parenting']],
    ['smart home', { 'smart-home': 'yes' }, [], ['home-internet', 'smart-home']],
    ['money they share', { 'shared-money': 'yes' }, [], ['banking']],
    ['a car they can reach', { 'shared-car': 'not-sure' }, [], ['car']],
    [
      'flags most urgent first',
      { 'had-devices': 'yes', legal: 'yes', 'live-together': 'yes' },
      ['document-first', 'at-home', 'device-first'],
      [],
    ],
  ])('%s', (_, intake, flags, kinds) => {
    const advice = adviseIntake(intake, []);
    expect(advice.flags).toEqual(flags);
    expect(advice.kinds).toEqual(kinds);
  });

  it('leaves out kinds the plan already has', () => {
    const advice = adviseIntake({ children: 'yes', 'smart-home': 'yes', 'shared-money': 'yes' }, [
      'family',
      'banking',
      'co-parenting',
    ]);
    expect(advice.kinds).toEqual(['trackers', 'home-internet', 'smart-home']);
  });
});

describe('stored intake answers', () => {
  it('drops unknown questions and answers, and reads junk as nothing', () => {
    expect(readIntake({ legal: 'yes', children: 'maybe', extra: 'yes', smart: 1 })).toEqual({
      legal: 'yes',
    });
    expect(readIntake('yes')).toEqual({});
    expect(readIntake(null)).toEqual({});
  });

  it('live under their own key, start empty in a new session and go when it ends', async () => {
    const items = new Map<string, unknown>();
    const area: SessionArea = {
      get: (key) => Promise.resolve(items.has(key) ? { [key]: items.get(key) } : {}),
      set: (values) => {
        for (const [k, v] of Object.entries(values)) items.set(k, structuredClone(v));
        return Promise.resolve();
      },
      remove: (key) => {
        items.delete(key);
        return Promise.resolve();
      },
    };
    const empty = { accounts: [], progress: [], records: [], localHelpLine: null };
    await startSession(area, empty, DEFAULT_SETTINGS);
    await saveIntake(area, { legal: 'yes' });
    expect(await loadIntake(area)).toEqual({ legal: 'yes' });
    await startSession(area, empty, DEFAULT_SETTINGS);
    expect(await loadIntake(area)).toEqual({});
    await saveIntake(area, { children: 'no' });
    await endSession(area);
    expect(items.has(INTAKE_KEY)).toBe(false);
    expect(items.size).toBe(0);
  });
});
