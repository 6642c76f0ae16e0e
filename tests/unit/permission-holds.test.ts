import { describe, expect, it } from 'vitest';
import {
  lastingHolds,
  toRelease,
  toRequest,
  unheld,
  type OptionalPermission,
  type PermissionFeature,
} from '@/lib/permissions/holds';

const CHROME = new Set<OptionalPermission>(['history', 'alarms', 'notifications', 'management']);
const FIREFOX = new Set<OptionalPermission>(['history', 'notifications', 'management']);
const TEST_BUILD = new Set<OptionalPermission>();

describe('which feature holds which optional permission', () => {
  it.each<[string, PermissionFeature, ReadonlySet<OptionalPermission>, OptionalPermission[]]>([
    ['history clean-up asks for history', 'history-cleanup', CHROME, ['history']],
    ['the history review asks for history', 'history-review', FIREFOX, ['history']],
    ['the extension review asks for management', 'extension-review', CHROME, ['management']],
    ['check-up reminders ask for alarms (Chrome)', 'checkup-reminders', CHROME, ['alarms']],
    ['nothing to ask where alarms come at install (Firefox)', 'checkup-reminders', FIREFOX, []],
    ['nothing to ask in the test build', 'history-review', TEST_BUILD, []],
  ])('%s', (_name, feature, optional, expected) => {
    expect(toRequest(feature, optional)).toEqual(expected);
  });

  it.each<[string, PermissionFeature, PermissionFeature[], OptionalPermission[]]>([
    ['the review ends alone: history goes back', 'history-review', [], ['history']],
    [
      'the review ends, clean-up still on: history stays',
      'history-review',
      ['history-cleanup'],
      [],
    ],
    ['clean-up off, review running: history stays', 'history-cleanup', ['history-review'], []],
    [
      'clean-up off, nothing else: history goes back',
      'history-cleanup',
      ['checkup-reminders'],
      ['history'],
    ],
    [
      'the feature itself in the list does not keep it',
      'history-review',
      ['history-review'],
      ['history'],
    ],
    [
      'extension review ends: management goes back',
      'extension-review',
      ['history-review'],
      ['management'],
    ],
    [
      'rhythm off, notifications on: alarms go back',
      'checkup-reminders',
      ['checkup-notifications'],
      ['alarms'],
    ],
  ])('%s', (_name, feature, held, expected) => {
    expect(toRelease(feature, held, CHROME)).toEqual(expected);
  });

  it('never gives back what the build declares at install', () => {
    expect(toRelease('checkup-reminders', [], FIREFOX)).toEqual([]);
    expect(toRelease('history-review', [], TEST_BUILD)).toEqual([]);
  });

  it('reads the lasting features from the settings', () => {
    const off = { clearHistory: false, checkUpRhythm: 'off', checkUpNotify: false };
    expect(lastingHolds(off)).toEqual([]);
    expect(
      lastingHolds({ clearHistory: true, checkUpRhythm: 'month', checkUpNotify: true }),
    ).toEqual(['history-cleanup', 'checkup-reminders', 'checkup-notifications']);
  });

  it('finds what is granted but held by nothing (a review cut short)', () => {
    expect(unheld(['history', 'management'], ['history-cleanup'], CHROME)).toEqual(['management']);
    expect(unheld(['history', 'alarms'], [], FIREFOX)).toEqual(['history']);
    expect(unheld(['history'], [], TEST_BUILD)).toEqual([]);
  });
});
