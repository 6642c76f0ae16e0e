import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lockWithTheScreen } from '@/lib/background/screen-lock';

type StateListener = (state: 'active' | 'idle' | 'locked') => void;

describe('the plan locks when the computer’s screen locks', () => {
  let listeners: StateListener[];
  let sent: unknown[];
  beforeEach(() => {
    fakeBrowser.reset();
    listeners = [];
    sent = [];
    Object.assign(fakeBrowser, {
      idle: { onStateChanged: { addListener: (l: StateListener) => listeners.push(l) } },
    });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
      sent.push(message);
      return Promise.resolve();
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('tells every page to lock on "locked", and nothing on "idle" or "active"', () => {
    lockWithTheScreen();
    expect(listeners).toHaveLength(1);
    listeners[0]?.('idle');
    listeners[0]?.('active');
    expect(sent).toEqual([]);
    listeners[0]?.('locked');
    expect(sent).toEqual([
      {
        type: 'relayed-to-pages',
        envelope: { message: 'lock', id: expect.any(String), from: 'screen' },
      },
    ]);
  });

  it('does nothing where the browser has no idle API (Firefox asks for none)', () => {
    Object.assign(fakeBrowser, { idle: undefined });
    expect(() => lockWithTheScreen()).not.toThrow();
  });
});
