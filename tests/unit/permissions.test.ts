import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { giveBackAll, giveBackUnheld, turnOff, turnOn } from '@/lib/browser/permissions';

/** The permissions the fake browser has granted, changed by request and remove. */
let granted: Set<string>;

beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'x',
    version: '1',
    optional_permissions: ['history', 'alarms', 'notifications', 'management'],
  });
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(({ permissions = [] }) => {
    for (const p of permissions) granted.add(p);
    return Promise.resolve(true);
  });
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(({ permissions = [] }) => {
    for (const p of permissions) granted.delete(p);
    return Promise.resolve(true);
  });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(({ permissions = [] }) =>
    Promise.resolve(permissions.every((p) => granted.has(p))),
  );
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(() =>
    Promise.resolve({ permissions: [...granted] as never[], origins: [] }),
  );
});
afterEach(() => vi.restoreAllMocks());

describe('the one owner of optional permissions', () => {
  it('asks when a feature is turned on and gives back when it is turned off', async () => {
    expect(await turnOn('checkup-notifications')).toBe(true);
    expect(granted).toEqual(new Set(['notifications']));
    await turnOff('checkup-notifications', []);
    expect(granted).toEqual(new Set());
  });

  it('keeps history for the clean-up when the history review ends', async () => {
    await turnOn('history-cleanup');
    await turnOn('history-review');
    await turnOff('history-review', ['history-cleanup']);
    expect(granted.has('history')).toBe(true);
    await turnOff('history-cleanup', []);
    expect(granted.has('history')).toBe(false);
  });

  it('keeps history for a running review when the clean-up is turned off (another tab)', async () => {
    await turnOn('history-review');
    await turnOn('history-cleanup');
    await turnOff('history-cleanup', []);
    expect(granted.has('history')).toBe(true);
  });

  it('keeps the reviews’ holds in memory only (storage.session), never on disk', async () => {
    await turnOn('extension-review');
    expect(await fakeBrowser.storage.session.get('permission-holds')).toEqual({
      'permission-holds': ['extension-review'],
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await turnOff('extension-review', []);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('gives back what a review cut short left, and keeps what a lasting feature needs', async () => {
    await turnOn('history-cleanup');
    await turnOn('extension-review');
    await giveBackUnheld(['history-cleanup']);
    expect(granted).toEqual(new Set(['history', 'management'])); // the review still runs
    await giveBackUnheld(['history-cleanup'], { endReviews: true });
    expect(granted).toEqual(new Set(['history']));
    await giveBackAll();
    expect(granted).toEqual(new Set());
  });

  it('a refusal or an error is a plain false, and no hold is recorded', async () => {
    vi.mocked(fakeBrowser.permissions.request).mockResolvedValueOnce(false);
    expect(await turnOn('history-review')).toBe(false);
    vi.mocked(fakeBrowser.permissions.request).mockRejectedValueOnce(new Error('no gesture'));
    expect(await turnOn('history-review')).toBe(false);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('asks nothing for a permission declared at install, and never gives it back', async () => {
    vi.mocked(fakeBrowser.runtime.getManifest).mockReturnValue({
      manifest_version: 2,
      name: 'x',
      version: '1',
      optional_permissions: ['notifications'],
    });
    granted.add('alarms');
    expect(await turnOn('checkup-reminders')).toBe(true);
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
    await turnOff('checkup-reminders', []);
    await giveBackAll();
    expect(granted.has('alarms')).toBe(true);
  });
});
