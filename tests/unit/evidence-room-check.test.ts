import { describe, expect, it } from 'vitest';
import { bytesNeeded, shortOfRoom } from '@/lib/evidence/room-check';

const MB = 1024 * 1024;

describe('room for files, checked before anything is kept', () => {
  it('counts each file with what sealing and storing add per chunk', () => {
    expect(bytesNeeded([])).toBe(0);
    expect(bytesNeeded([MB])).toBeGreaterThan(MB);
    expect(bytesNeeded([MB + 1])).toBeGreaterThan(bytesNeeded([MB]) + 1);
  });

  it('says how much is free when the files would pass the quota', () => {
    const room = { usage: 90 * MB, quota: 100 * MB };
    expect(shortOfRoom(room, [5 * MB])).toBeNull();
    expect(shortOfRoom(room, [5 * MB, 5 * MB])).toBe(10);
    expect(shortOfRoom({ usage: 101 * MB, quota: 100 * MB }, [1])).toBe(0);
  });

  it('lets files through when the browser says nothing, or when there are none', () => {
    expect(shortOfRoom(null, [25 * MB])).toBeNull();
    expect(shortOfRoom({ usage: 100 * MB, quota: 100 * MB }, [])).toBeNull();
  });
});
