import { afterEach, describe, expect, it } from 'vitest';
import type { PageRelay } from '@/lib/browser/page-relay';
import { openPageChannel, type PageChannel, type PageMessage } from '@/lib/pages/page-channel';

/** A fake background: every page's relay request comes back to every page (sender included). */
function fakeBackground() {
  const listeners = new Set<(envelope: unknown) => void>();
  const sent: unknown[] = [];
  const relay: PageRelay = {
    send(envelope) {
      sent.push(envelope);
      for (const listener of listeners) listener(envelope);
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { relay, sent };
}

const open: PageChannel[] = [];
afterEach(() => open.splice(0).forEach((channel) => channel.close()));

function page(relay?: PageRelay) {
  const heard: PageMessage[] = [];
  const channel = openPageChannel((message) => heard.push(message), relay);
  open.push(channel);
  return { channel, heard };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('the page channel', () => {
  it('relays lock, quick exit and wipe through the background, each heard once', async () => {
    const background = fakeBackground();
    const a = page(background.relay);
    const b = page(background.relay);
    for (const message of ['lock', 'quick-exit', 'wipe', 'changed'] as const)
      a.channel.post(message);
    await settle();
    // b hears each by the channel and by the relay, and acts once; a never hears itself.
    expect(b.heard).toEqual(['lock', 'quick-exit', 'wipe', 'changed']);
    expect(a.heard).toEqual([]);
    // "changed" stays on the channel: a private window's plan is its own.
    expect(background.sent.map((e) => (e as { message: string }).message)).toEqual([
      'lock',
      'quick-exit',
      'wipe',
    ]);
  });

  it('reaches a page the channel cannot reach (a private window) through the relay alone', () => {
    const background = fakeBackground();
    const a = page(background.relay);
    const privateHeard: PageMessage[] = [];
    // A page in another storage partition: only the relay reaches it.
    background.relay.listen((envelope) => {
      const message = (envelope as { message: PageMessage }).message;
      privateHeard.push(message);
    });
    a.channel.post('quick-exit');
    expect(privateHeard).toEqual(['quick-exit']);
  });

  it('ignores anything that is not a page message', async () => {
    const background = fakeBackground();
    const b = page(background.relay);
    const stranger = new BroadcastChannel('lockstep-pages');
    stranger.postMessage('wipe'); // the old bare form, or anyone else's
    stranger.postMessage({ message: 'erase-all', id: 'x', from: 'y' });
    stranger.postMessage({ message: 'wipe' }); // no id
    stranger.close();
    await settle();
    expect(b.heard).toEqual([]);
  });
});
