import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileDeviceData, parseCsv } from '@/lib/build/device-data';
import { dataDir } from '@/lib/build/site-data';
import { brandNames, nameKey, shortTitle } from '@/lib/device/names';

const DIR = dataDir(resolve('.'));
const compiled = compileDeviceData(DIR);

describe('compiling the device lists', () => {
  it('keeps every flagged ISDI row and every Echap app, and leaves out the "safe" one', () => {
    expect(compiled.data.ids.split('\n')).toHaveLength(5_776);
    expect(compiled.data.flags).toHaveLength(5_776 * 2);
    expect(compiled.leftOut).toBe(1);
    expect(compiled.data.echap).toHaveLength(147 + 27);
    expect(compiled.data.sources.map((s) => s.date)).toEqual(['2026-07-22', '2026-06-21']);
    // Nothing the screens do not use: no certificates or servers.
    expect(JSON.stringify(compiled.data)).not.toContain('69.64.74.239');
    expect(JSON.stringify(compiled.data)).not.toContain('31A6ECECD97CF39BC4126B8745CD94A7C30BF81C');
  });

  it('ships the attribution and licence texts the lists require', () => {
    expect(compiled.notices).toContain(
      'Stalkerware indicators by Echap (AssoEchap/stalkerware-indicators), CC BY 4.0',
    );
    expect(compiled.notices).toContain('https://github.com/AssoEchap/stalkerware-indicators');
    expect(compiled.notices).toContain('Copyright (c) 2018 Cornell University');
    expect(compiled.notices).toContain('https://github.com/stopipv/isdi');
  });

  it('reads real CSV: quoted commas, doubled quotes, line breaks in quotes', () => {
    expect(parseCsv('a,b\n1,"x, ""y""\nz"\n')).toEqual([
      ['a', 'b'],
      ['1', 'x, "y"\nz'],
    ]);
  });

  it('compares names the way a person would type them', () => {
    expect(nameKey('Mobile-Tracker Free')).toBe(nameKey('MobileTrackerFree'));
    expect(nameKey('Espião')).toBe('espiao');
    expect(shortTitle('Find my Kids: Child locator')).toBe('Find my Kids');
    expect(shortTitle('Re: call')).toBe('Re: call');
    expect(brandNames('mSpy (Other names: FakeSys, KidSecured)')).toEqual([
      'mSpy',
      'FakeSys',
      'KidSecured',
    ]);
    expect(brandNames('MonitorChecker / AndrMonitor')).toEqual(['MonitorChecker', 'AndrMonitor']);
  });
});

describe('the build stops with a clear message', () => {
  let dir = '';
  const copy = () => {
    dir = mkdtempSync(join(tmpdir(), 'lockstep-device-'));
    for (const folder of ['isdi-app-flags', 'stalkerware-indicators'])
      cpSync(join(DIR, folder), join(dir, folder), { recursive: true });
    return dir;
  };
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('when the folder or a file is missing', () => {
    expect(() => compileDeviceData('/nonexistent/lockstep-data')).toThrow(/LOCKSTEP_DATA_DIR/);
    const d = copy();
    rmSync(join(d, 'stalkerware-indicators', 'watchware.yaml'));
    expect(() => compileDeviceData(d)).toThrow(/watchware\.yaml is missing/);
  });

  it('when a row or an entry is malformed, naming the file and the row', () => {
    const d = copy();
    const csv = join(d, 'isdi-app-flags', 'app-flags.csv');
    writeFileSync(
      csv,
      'appId,store,flag,title\ncom.ok,playstore,dual-use,Ok\ncom.bad,moon,spy,X\n',
    );
    expect(() => compileDeviceData(d)).toThrow(/app-flags\.csv, row 3: unknown store "moon"/);
    writeFileSync(csv, 'appId,store,title\n');
    expect(() => compileDeviceData(d)).toThrow(/header/);
    writeFileSync(csv, 'appId,store,flag,title\ncom.ok,playstore,dual-use,Ok\n');
    writeFileSync(
      join(d, 'stalkerware-indicators', 'ioc.yaml'),
      '- name: X\n  type: stalkerware\n  packages: [1 2]\n',
    );
    expect(() => compileDeviceData(d)).toThrow(/ioc\.yaml, "X": "1 2" in "packages"/);
    writeFileSync(join(d, 'stalkerware-indicators', 'ioc.yaml'), 'name: [unclosed\n');
    expect(() => compileDeviceData(d)).toThrow(/ioc\.yaml is not valid YAML/);
  });
});
