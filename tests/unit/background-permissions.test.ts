import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { giveBackWhatNothingHolds } from '@/lib/background/permissions';

let granted: string[];
beforeEach(() => {
  fakeBrowser.reset();
  granted = [];
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'x',
    version: '1',
    optional_permissions: ['history', 'management'],
  });
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(() =>
    Promise.resolve({ permissions: granted as never[], origins: [] }),
  );
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(({ permissions = [] }) => {
    granted = granted.filter((p) => !permissions.includes(p as never));
    return Promise.resolve(true);
  });
});
afterEach(() => vi.restoreAllMocks());

describe('the background gives back what nothing holds', () => {
  it('reads no setting at a start that holds no optional permission (the common case)', async () => {
    const databases = vi.spyOn(indexedDB, 'databases');
    await giveBackWhatNothingHolds();
    expect(databases).not.toHaveBeenCalled();
  });

  it('gives back a review’s permission left by a browser that closed mid-review', async () => {
    granted = ['management', 'history'];
    await giveBackWhatNothingHolds(); // no plan database: no lasting feature holds anything
    expect(granted).toEqual([]);
  });
});
