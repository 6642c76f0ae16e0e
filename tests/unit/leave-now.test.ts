import { beforeEach, describe, expect, it, vi } from 'vitest';
import { leaveNow, type LeaveParts } from '@/lib/pages/leave-now';

/** Everything quick exit does on a page, in the order it happened. */
const done: string[] = [];

vi.mock('@/lib/safety/clipboard', () => ({
  clearClipboard: () => {
    done.push('clipboard');
    return Promise.resolve(true);
  },
}));
vi.mock('@/lib/safety/blank', () => ({ blankPage: () => done.push('blank') }));
vi.mock('@/lib/browser/tabs', () => ({
  leaveThisTab: (how?: object) => {
    done.push(`leave ${JSON.stringify(how ?? {})}`);
    return Promise.resolve();
  },
}));

/** A page's parts; the session's keys go only when `keysGone` is called. */
function parts(clearHistory: boolean) {
  let keysGone: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => (keysGone = resolve));
  const page: LeaveParts = {
    settings: () => ({ clearHistory }),
    endAndLock: () => {
      done.push('end session');
      return ended.then(() => void done.push('keys gone'));
    },
    post: (message) => done.push(`post ${message}`),
    exitUrl: () => 'https://weather.example/',
  };
  return { page, keysGone: () => keysGone() };
}

beforeEach(() => {
  done.length = 0;
});

describe('quick exit on a page', () => {
  it('blanks, ends the session and tells the others before it waits for anything', async () => {
    const { page, keysGone } = parts(true);
    const leaving = leaveNow(page, true);
    expect(done).toEqual(['clipboard', 'blank', 'end session', 'post quick-exit']);
    keysGone();
    await leaving;
    expect(done.slice(4)).toEqual([
      'keys gone',
      'leave {"open":"https://weather.example/","sweep":true}',
    ]);
  });

  it('leaves the tab only once the keys are gone, in one request (no history sweep first)', async () => {
    const { page, keysGone } = parts(false);
    const leaving = leaveNow(page, true);
    await new Promise((r) => setTimeout(r, 0));
    expect(done.some((step) => step.startsWith('leave'))).toBe(false);
    keysGone();
    await leaving;
    expect(done.at(-1)).toBe('leave {"open":"https://weather.example/","sweep":false}');
  });

  it('on the other pages: no neutral page, no message back, the tab closes after the keys', async () => {
    const { page, keysGone } = parts(true);
    const leaving = leaveNow(page, false);
    keysGone();
    await leaving;
    expect(done).toEqual(['clipboard', 'blank', 'end session', 'keys gone', 'leave {}']);
  });
});
