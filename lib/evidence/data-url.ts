/**
 * A `data:` URL (as `tabs.captureVisibleTab` returns) decoded into bytes without `fetch`, which
 * the page policy and lint forbid. Pure: no browser, no DOM beyond `atob`.
 */

/** The URL was not a base64 `data:` URL of an image. */
export class BadDataUrlError extends Error {
  constructor() {
    super('The picture from the browser could not be read.');
    this.name = 'BadDataUrlError';
  }
}

const DATA_URL = /^data:(image\/[a-z0-9.+-]+);base64,([A-Za-z0-9+/]*={0,2})$/;

/** The MIME type and bytes of a base64 image `data:` URL; BadDataUrlError otherwise. */
export function decodeDataUrl(url: string): { type: string; bytes: Uint8Array<ArrayBuffer> } {
  const match = DATA_URL.exec(url);
  if (!match?.[1] || match[2] === undefined || match[2].length % 4 !== 0) {
    throw new BadDataUrlError();
  }
  const text = atob(match[2]);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  if (bytes.length === 0) throw new BadDataUrlError();
  return { type: match[1], bytes };
}
