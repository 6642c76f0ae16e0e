import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setToolbarTitle } from '@/lib/browser/action';

let shown: { title?: string | null; icon?: Record<string, string> };
beforeEach(() => {
  fakeBrowser.reset();
  shown = {};
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'x',
    version: '1',
    icons: { 16: 'icon/16.png', 128: 'icon/128.png' },
  });
  vi.spyOn(fakeBrowser.action, 'setTitle').mockImplementation(({ title }) => {
    shown.title = title;
    return Promise.resolve();
  });
  vi.spyOn(fakeBrowser.action, 'setIcon').mockImplementation(({ path }) => {
    shown.icon = path as Record<string, string>;
    return Promise.resolve();
  });
});
afterEach(() => vi.restoreAllMocks());

describe('the toolbar button in discreet mode', () => {
  it('shows a neutral name and the plain icon, and gets its own back when turned off', async () => {
    await setToolbarTitle(true);
    expect(shown.title).toBe('Notes');
    expect(Object.values(shown.icon ?? {})).not.toEqual([]);
    for (const path of Object.values(shown.icon ?? {})) expect(path).toMatch(/^\/icon-neutral\//);

    await setToolbarTitle(false);
    expect(shown.title).toBe('Lockstep');
    expect(shown.icon).toEqual({ 16: '/icon/16.png', 128: '/icon/128.png' });
  });
});
