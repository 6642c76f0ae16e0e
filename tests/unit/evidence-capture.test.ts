import { describe, expect, it } from 'vitest';
import { captureEntry, localMinute } from '@/lib/evidence/capture-entry';
import { BadDataUrlError, decodeDataUrl } from '@/lib/evidence/data-url';
import { sha256Bytes } from '@/lib/evidence/digest';
import {
  keepPending,
  PENDING_CAPTURE_KEY,
  PENDING_MAX_CHARS,
  pendingCapture,
  takePending,
  type PageCapture,
} from '@/lib/evidence/pending-capture';
import { valuesOf } from '@/lib/plan/records';
import { createPlanStore } from '@/lib/state/plan-store';
import { openIdbStorage } from '@/lib/storage/idb-storage';
import type { SessionArea } from '@/lib/storage/session-key';

// A 1×1 PNG, as `tabs.captureVisibleTab` returns one.
const PNG_B64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const PNG_URL = `data:image/png;base64,${PNG_B64}`;
const AT = new Date(2026, 11, 7, 21, 5, 9).getTime();
const capture = (over: Partial<PageCapture> = {}): PageCapture => ({
  url: 'https://mail.example/inbox/42',
  title: 'A threat, Tuesday',
  at: AT,
  words: '',
  dataUrl: PNG_URL,
  ...over,
});

/** storage.session in memory; `room` chars in all, as the browser's quota refuses more. */
function fakeArea(room = Infinity): SessionArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    get: async (key) => (items.has(key) ? { [key]: items.get(key) } : {}),
    set: async (more) => {
      if (JSON.stringify(more).length > room) throw new Error('QUOTA_BYTES quota exceeded');
      for (const [k, v] of Object.entries(more)) items.set(k, v);
    },
    remove: async (key) => void items.delete(key),
  };
}

describe('decodeDataUrl', () => {
  it('gives the exact bytes of the picture, without fetch', async () => {
    const { type, bytes } = decodeDataUrl(PNG_URL);
    expect(type).toBe('image/png');
    expect(Buffer.from(bytes).equals(Buffer.from(PNG_B64, 'base64'))).toBe(true);
    const expected = await crypto.subtle.digest('SHA-256', Buffer.from(PNG_B64, 'base64'));
    expect(await sha256Bytes(bytes)).toBe(Buffer.from(expected).toString('hex'));
  });

  it.each([
    ['not a data URL', 'https://example.com/a.png'],
    ['not an image', 'data:text/html;base64,PGI+'],
    ['not base64', 'data:image/png,hello'],
    ['cut short', `data:image/png;base64,${PNG_B64.slice(0, -3)}`],
    ['empty', 'data:image/png;base64,'],
  ])('refuses %s', (_why, url) => {
    expect(() => decodeDataUrl(url)).toThrow(BadDataUrlError);
  });
});

describe('captureEntry', () => {
  const labels = { title: 'Page title', address: 'Web address' };
  it('keeps the address, the title and the time, with the picture as its one file', () => {
    const { draft, file } = captureEntry(capture({ words: ' Sent at 9pm ' }), labels);
    expect(draft.text).toBe(
      'Sent at 9pm\n\nPage title: A threat, Tuesday\nWeb address: https://mail.example/inbox/42',
    );
    expect(draft.happenedAt).toBe('2026-12-07T21:05');
    expect(file).toMatchObject({ name: 'page-2026-12-07-210509.png', type: 'image/png' });
  });

  it('without words, the entry is the page itself', () => {
    expect(captureEntry(capture(), labels).draft.text).toMatch(/^Page title: /);
    expect(localMinute(AT)).toBe('2026-12-07T21:05');
  });
});

describe('the one pending capture', () => {
  it('is kept, read and taken out once', async () => {
    const area = fakeArea();
    expect(await keepPending(area, capture())).toBe('kept');
    expect(await pendingCapture(area)).toEqual(capture());
    expect(await takePending(area)).toEqual(capture());
    expect(await takePending(area)).toBeNull();
  });

  it('never replaces one that waits', async () => {
    const area = fakeArea();
    await keepPending(area, capture({ words: 'first' }));
    expect(await keepPending(area, capture({ words: 'second' }))).toBe('waiting');
    expect((await pendingCapture(area))?.words).toBe('first');
  });

  it('says when there is no room, and keeps nothing', async () => {
    const full = fakeArea(100);
    expect(await keepPending(full, capture())).toBe('no-room');
    const huge = capture({ dataUrl: `data:image/png;base64,${'A'.repeat(PENDING_MAX_CHARS)}` });
    expect(await keepPending(fakeArea(), huge)).toBe('no-room');
    expect(full.items.size).toBe(0);
  });

  it('reads a damaged value as nothing', async () => {
    const area = fakeArea();
    area.items.set(PENDING_CAPTURE_KEY, { url: 1 });
    expect(await pendingCapture(area)).toBeNull();
  });
});

describe('filing a capture in the log', () => {
  async function store(name: string) {
    const s = createPlanStore({ storage: await openIdbStorage({ name, iterations: 1_000 }) });
    await s.reload();
    return s;
  }

  it('files the pending capture after the unlock, with its SHA-256, and only once', async () => {
    const name = `ev-capture-${crypto.randomUUID()}`;
    const first = await store(name);
    expect(await first.setPassphrase('correct horse battery staple')).toBe(true);
    const area = fakeArea();
    await keepPending(area, capture({ words: 'Kept while locked' }));

    const later = await store(name);
    expect(later.state.value).toBe('locked');
    expect(await later.filePendingCapture(area)).toBe('none');
    expect(area.items.size).toBe(1);
    expect(await later.unlock('correct horse battery staple')).toBe('ok');
    expect(await later.filePendingCapture(area)).toBe('filed');
    expect(await later.filePendingCapture(area)).toBe('none');

    const [entry] = valuesOf(later.records.value, 'evidence');
    expect(entry?.text).toMatch(/^Kept while locked\n\nPage title: A threat, Tuesday\n/);
    expect(entry?.files[0]?.sha256).toBe(await sha256Bytes(decodeDataUrl(PNG_URL).bytes));
    const { bytes, holds } = await later.evidenceFile(entry!.files[0]!);
    expect(holds).toBe(true);
    expect(bytes.length).toBe(decodeDataUrl(PNG_URL).bytes.length);
  });

  it('puts a capture it could not file back, so nothing is lost', async () => {
    const s = await store(`ev-capture-${crypto.randomUUID()}`);
    const area = fakeArea();
    await keepPending(area, capture({ dataUrl: 'data:image/png;base64,!!!!' }));
    expect(await s.filePendingCapture(area)).toBe('failed');
    expect(await pendingCapture(area)).not.toBeNull();
  });
});
