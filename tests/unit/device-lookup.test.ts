import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDeviceData } from '@/lib/build/device-data';
import { dataDir } from '@/lib/build/site-data';
import { findingFromLookup } from '@/lib/device/findings';
import { createDeviceLists, LIST_LIMIT, splitList } from '@/lib/device/lists';

const lists = createDeviceLists(compileDeviceData(dataDir(resolve('.'))).data);

type Case = readonly [query: string, by: string, verdict: string | undefined, first?: string];

// What the real lists answer. `undefined`: several listed apps share the name, no one answer.
const CASES: readonly Case[] = [
  // Android packages and iOS bundle ids: exact, so one answer.
  ['com.systemservice', 'package', 'stalkerware', 'TheTruthSpy'],
  ['COM.SYSTEMSERVICE', 'package', 'stalkerware', 'TheTruthSpy'],
  ['com.mspy.lite', 'package', 'stalkerware', 'mSpy'],
  ['com.life360.android.safetymapd', 'package', 'dual-use', 'Life360'],
  ['com.google.android.apps.adm', 'package', 'dual-use', 'Find My Device'],
  ['com.trailbehind.GaiaGPS', 'package', 'dual-use', 'Gaia GPS Classic'], // team prefix dropped
  // Brand names and their aliases, in any spacing or case.
  ['mSpy', 'name', 'stalkerware', 'mSpy'],
  ['FlexiSpy', 'name', 'stalkerware', 'FlexiSpy'],
  ['flexi spy', 'name', 'stalkerware', 'FlexiSpy'],
  ['Copy9', 'name', 'stalkerware', 'TheTruthSpy'],
  ['Copy 9', 'name', 'stalkerware', 'TheTruthSpy'],
  ['Cocospy', 'name', 'stalkerware', 'Cocospy'],
  ['Life360', 'name', 'dual-use', 'Life360'],
  // Vendor web addresses.
  ['thetruthspy.com', 'website', 'stalkerware', 'TheTruthSpy'],
  ['https://www.mspy.com/pricing', 'website', 'stalkerware', 'mSpy'],
  // Ambiguous names: every match, no single verdict.
  ['Find My Phone', 'name', undefined],
  ['Call Recorder', 'name', undefined],
  ['Phone Tracker', 'name', undefined],
  ['System Service', 'name', undefined],
  // Near-misses: not a match (what starts the same is only "similar").
  ['com.systemservice.extra', 'package', 'not-listed'],
  ['com.mspy', 'package', 'not-listed'],
  ['mSpy Lite', 'name', 'dual-use', 'mSpy Lite'],
  ['Spy', 'name', 'not-listed'],
  ['thetruthspy.org', 'package', 'not-listed'],
  // Common apps: never flagged from a loose match.
  ['WhatsApp', 'name', 'not-listed'],
  ['com.whatsapp', 'package', 'not-listed'],
  ['Google Maps', 'name', 'not-listed'],
  ['com.google.android.apps.maps', 'package', 'not-listed'],
  ['Gmail', 'name', 'not-listed'],
  ['Instagram', 'name', 'not-listed'],
  ['Facebook', 'name', 'not-listed'],
  ['Messenger', 'name', 'not-listed'],
  ['Signal', 'name', 'not-listed'],
  ['Telegram', 'name', 'not-listed'],
  ['YouTube', 'name', 'not-listed'],
  ['Chrome', 'name', 'not-listed'],
  ['Google Play services', 'name', 'not-listed'],
  ['com.google.android.gms', 'package', 'not-listed'],
  // The one row ISDI calls "safe" is not shipped: not listed, never "safe".
  ['MyChart', 'name', 'not-listed'],
  ['epic.mychart.android', 'package', 'not-listed'],
];

describe('looking up an app in the lists', () => {
  it.each(CASES)('%s → %s, %s', (...args) => {
    const [query, by, verdict, first] = args as unknown as Case;
    const result = lists.lookup(query);
    expect(result.by).toBe(by);
    expect(result.verdict).toBe(verdict);
    if (verdict === 'not-listed') expect(result.apps).toEqual([]);
    if (first) expect(result.apps.map((a) => a.name)).toContain(first);
    if (verdict && verdict !== 'not-listed') expect(result.apps).toHaveLength(1);
  });

  it('shows every app called "Find My Phone", each with its store and id', () => {
    const result = lists.lookup('find my phone');
    expect(result.apps.length).toBeGreaterThanOrEqual(29);
    const entries = result.apps.flatMap((a) => a.entries);
    expect(entries.every((e) => e.id && e.store)).toBe(true);
    expect(new Set(result.apps.map((a) => a.verdict))).toEqual(
      new Set(['dual-use', 'stalkerware']),
    );
  });

  it('never lets a common app’s name pull in the apps that merely mention it', () => {
    const result = lists.lookup('WhatsApp');
    expect(result.apps).toEqual([]);
    expect(result.similar.every((a) => a.name.toLowerCase().startsWith('whatsapp'))).toBe(true);
  });

  it('gives names that start the same as "similar", never as a match', () => {
    const result = lists.lookup('Find My');
    expect(result.apps.map((a) => a.name)).toEqual(['Find My']);
    expect(result.similar.length).toBeGreaterThan(0);
    expect(result.similar.map((a) => a.name)).not.toContain('Find My');
  });

  it('says what each list calls an app on both', () => {
    const [app] = lists.lookup('com.wondershare.famisafe').apps;
    expect(app?.echap?.type).toBe('watchware');
    expect(app?.entries.map((e) => e.flag)).toContain('dual-use');
    expect(app?.echap?.websites).toContain('famisafe.wondershare.com');
  });

  it('splits a pasted list by line, or by comma on one line', () => {
    expect(splitList('WhatsApp\n com.mspy.lite \n\nwhatsapp\nFind My Phone')).toEqual([
      'WhatsApp',
      'com.mspy.lite',
      'Find My Phone',
    ]);
    expect(splitList('a, b,,c')).toEqual(['a', 'b', 'c']);
    // A title with a comma stays whole on its own line.
    expect(splitList('Video Call, Screen Recorder\nmSpy')).toEqual([
      'Video Call, Screen Recorder',
      'mSpy',
    ]);
    expect(splitList(Array.from({ length: 300 }, (_, i) => `app${i}`).join('\n'))).toHaveLength(
      LIST_LIMIT,
    );
  });

  it('keeps a finding with what was typed, the verdict and every matched entry', () => {
    const byPackage = findingFromLookup(lists.lookup('com.mspy.lite'), 'android');
    expect(byPackage).toEqual({
      source: 'app-lookup',
      device: 'android',
      subject: 'com.mspy.lite',
      verdict: 'stalkerware',
      matches: [
        { list: 'echap', id: 'mSpy' },
        { list: 'isdi', id: 'com.mspy.lite', store: 'playstore' },
      ],
      note: '',
    });
    const ambiguous = findingFromLookup(lists.lookup('Find My Phone'));
    expect(ambiguous.verdict).toBeUndefined();
    expect(ambiguous.matches.length).toBeGreaterThanOrEqual(29);
    expect(findingFromLookup(lists.lookup('WhatsApp')).verdict).toBe('not-listed');
  });
});
