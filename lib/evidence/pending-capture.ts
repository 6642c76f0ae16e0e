import type { SessionArea } from '../storage/session-key';

/**
 * One page copy kept while the plan is locked: the popup holds no key, so the copy waits in
 * `storage.session` (memory only, gone when the browser closes) until the next unlock files it
 * in the log. One at a time: the area holds about 10 MB in all (Chrome's `QUOTA_BYTES`), shared
 * with a running advocate session. The area is passed in, so this is tested with a fake.
 */

export const PENDING_CAPTURE_KEY = 'lockstep-pending-capture';

/** A captured page: what the log needs to file it. */
export interface PageCapture {
  readonly url: string;
  readonly title: string;
  /** When it was captured, ms since 1970. */
  readonly at: number;
  /** The person's own words (may be empty). */
  readonly words: string;
  /** The picture, as the browser gave it: a base64 `data:` URL. */
  readonly dataUrl: string;
}

/** Room for one capture: a 1920×1080 PNG is 1–4 MB as a data URL; a 4K screen's may be more. */
export const PENDING_MAX_CHARS = 8 * 1024 * 1024;

export type KeepResult = 'kept' | 'waiting' | 'no-room';

/** A stored value read defensively: anything of the wrong shape is no capture. */
export function readPending(value: unknown): PageCapture | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const strings = ['url', 'title', 'words', 'dataUrl'].every((k) => typeof v[k] === 'string');
  if (!strings || typeof v.at !== 'number' || !Number.isFinite(v.at)) return null;
  return {
    url: v.url as string,
    title: v.title as string,
    at: v.at,
    words: v.words as string,
    dataUrl: v.dataUrl as string,
  };
}

/** The capture waiting for the next unlock, if any (it stays there). */
export async function pendingCapture(area: SessionArea): Promise<PageCapture | null> {
  const stored = await area.get(PENDING_CAPTURE_KEY).catch(() => ({}) as Record<string, unknown>);
  return readPending(stored[PENDING_CAPTURE_KEY]);
}

/**
 * Keeps one capture until the next unlock. `waiting`: another is already kept (it is never
 * replaced unseen); `no-room`: too large, or the browser refused it (its quota is full).
 */
export async function keepPending(area: SessionArea, capture: PageCapture): Promise<KeepResult> {
  if (await pendingCapture(area)) return 'waiting';
  if (capture.dataUrl.length > PENDING_MAX_CHARS) return 'no-room';
  try {
    await area.set({ [PENDING_CAPTURE_KEY]: capture });
  } catch {
    return 'no-room';
  }
  return 'kept';
}

/** Takes the waiting capture out (so a second open page cannot file it twice). */
export async function takePending(area: SessionArea): Promise<PageCapture | null> {
  const capture = await pendingCapture(area);
  if (capture) await area.remove(PENDING_CAPTURE_KEY);
  return capture;
}

/** Puts a taken capture back when filing it failed: nothing is lost. */
export async function putBack(area: SessionArea, capture: PageCapture): Promise<void> {
  await area.set({ [PENDING_CAPTURE_KEY]: capture });
}
