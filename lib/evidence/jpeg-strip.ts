import { joinChunks } from './chunks';
import { orientationSegment, readOrientation } from './jpeg-orientation';

/**
 * A copy of a JPEG without the hidden details a phone writes into it: the place (GPS), the time
 * and the camera live in APP1 segments (EXIF, and XMP beside it); IPTC place names in APP13.
 * Pure: the bytes are walked segment by segment up to the start of the image data, the
 * segments named above are left out, and everything else is copied as it was. The original is
 * never changed. Only which way the photo turns is kept, in a new APP1 segment of its own
 * (jpeg-orientation.ts), where the first EXIF segment was. A JPEG's layout: ITU-T T.81 annex B
 * (markers and segment lengths); EXIF in APP1: CIPA DC-008 (Exif 2.3) section 4.5.4.
 */

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP1 = 0xe1;
/** APP1 (EXIF, XMP) and APP13 (IPTC): the segments left out. */
const HIDDEN = new Set([APP1, 0xed]);
/** Markers with no length after them (T.81 table B.1: TEM and RST0–RST7). */
const standalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

/** The copy, and how many segments were left out; null when the bytes are not a whole JPEG. */
export interface StrippedJpeg {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly removed: number;
  /** The Orientation tag kept (2–8), or null when the photo had none to keep. */
  readonly orientation: number | null;
}

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

/** Whether these bytes start as a JPEG does. */
export const isJpeg = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === SOI;

/** The JPEG without its APP1 and APP13 segments; null when it is not a JPEG or is cut short. */
export function stripJpegDetails(bytes: Uint8Array): StrippedJpeg | null {
  if (!isJpeg(bytes)) return null;
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let removed = 0;
  let orientation: number | null = null;
  let at = 2;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    while (bytes[at + 1] === 0xff) at++; // fill bytes before a marker
    const marker = bytes[at + 1];
    if (marker === undefined) return null;
    if (marker === SOS || marker === EOI) {
      kept.push(bytes.subarray(at)); // the image data, as it was, to the end
      return { bytes: joinChunks(kept), removed, orientation };
    }
    if (standalone(marker)) {
      kept.push(bytes.subarray(at, at + 2));
      at += 2;
      continue;
    }
    const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
    const end = at + 2 + length;
    if (length < 2 || end > bytes.length) return null;
    const segment = bytes.subarray(at, end);
    if (!HIDDEN.has(marker)) kept.push(segment);
    else {
      const turn: number | null =
        orientation === null && marker === APP1 ? readOrientation(segment) : null;
      const keep = turn === null ? null : orientationSegment(turn);
      if (keep) kept.push(keep);
      orientation ??= turn;
      if (!keep || !sameBytes(keep, segment)) removed++; // a copy of a copy: nothing new left out
    }
    at = end;
  }
  return null; // no image data
}

/** The copy's file name: `photo.jpg` → `photo (no hidden details).jpg`, in the given words. */
export function strippedName(name: string, suffix: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)} (${suffix})${name.slice(dot)}` : `${name} (${suffix})`;
}
