import { describe, expect, it } from 'vitest';
import { clearToolbarSignals, type SignalApis } from '@/lib/background/toolbar-signals';

function fakeSignals(shown: string[], withNotifications = true) {
  const state = { badge: '\u2022', shown: new Set(shown) };
  const apis: SignalApis = {
    action: {
      setBadgeText: ({ text }) => {
        state.badge = text;
        return Promise.resolve();
      },
    },
    notifications: withNotifications
      ? {
          getAll: () =>
            Promise.resolve(Object.fromEntries([...state.shown].map((id) => [id, true]))),
          clear: (id) => Promise.resolve(state.shown.delete(id)),
        }
      : undefined,
  };
  return { apis, state };
}

describe('erase clears what Lockstep shows outside its pages', () => {
  it('closes every notification it shows and clears the toolbar dot', async () => {
    const { apis, state } = fakeSignals(['checkup', 'checkup-test']);
    await clearToolbarSignals(apis);
    expect([...state.shown]).toEqual([]);
    expect(state.badge).toBe('');
  });

  it('without the notifications permission, still clears the dot', async () => {
    const { apis, state } = fakeSignals([], false);
    await clearToolbarSignals(apis);
    expect(state.badge).toBe('');
  });

  it('a notification that will not close does not keep the dot', async () => {
    const { apis, state } = fakeSignals(['checkup']);
    const failing: SignalApis = {
      ...apis,
      notifications: {
        getAll: () => Promise.reject(new Error('gone')),
        clear: apis.notifications!.clear,
      },
    };
    await clearToolbarSignals(failing);
    expect(state.badge).toBe('');
  });
});
