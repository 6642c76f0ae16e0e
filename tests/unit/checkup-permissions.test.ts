import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setCheckUpPermission } from '@/lib/browser/checkup-permissions';

afterEach(() => vi.restoreAllMocks());

describe('setCheckUpPermission', () => {
  it('asks when turned on, gives back when turned off', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    expect(await setCheckUpPermission('notifications', true)).toBe(true);
    expect(request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect(await setCheckUpPermission('alarms', false)).toBe(false);
    expect(remove).toHaveBeenCalledWith({ permissions: ['alarms'] });
  });

  it('never rejects: a refusal or a permission declared at install is answered plainly', async () => {
    // Browsers throw at once for a permission that is not optional (the test build's).
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(() => {
      throw new Error('not in optional_permissions');
    });
    vi.spyOn(fakeBrowser.permissions, 'remove').mockRejectedValue(new Error('required'));
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    expect(await setCheckUpPermission('notifications', true)).toBe(true);
    expect(contains).toHaveBeenCalledWith({ permissions: ['notifications'] });
    await expect(setCheckUpPermission('notifications', false)).resolves.toBe(false);
    contains.mockResolvedValue(false);
    expect(await setCheckUpPermission('alarms', true)).toBe(false);
  });
});
