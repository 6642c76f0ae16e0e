/**
 * The one EXIF detail a copy keeps: which way the photo turns. A phone stores a photo as the
 * sensor saw it and says in EXIF tag 0x0112 (Orientation, SHORT, count 1, values 1–8, default
 * 1) how to turn it; without the tag a phone photo may show sideways. Pure: read the tag from an
 * APP1 segment, and write an APP1 segment that holds only that tag. Layout: JEITA CP-3451 (Exif
 * 2.2), its IFD structure and Orientation tag (digicamsoft.com/exif22/exif22/html/exif22_20.htm
 * and exif22_24.htm; awaresystems.be/imaging/tiff/tifftags/orientation.html): "Exif\0\0", a
 * TIFF header (II or MM, 42, IFD0 offset), IFD0's entries of 12 bytes, a SHORT value in the
 * first two bytes of its value field.
 */

const ORIENTATION = 0x0112;
const SHORT = 3;
const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00]; // "Exif\0\0"

/** The Orientation (2–8) an APP1 segment (from its FF E1 marker) holds; null for none or 1. */
export function readOrientation(segment: Uint8Array): number | null {
  const tiff = 10; // FF E1, two length bytes, "Exif\0\0"
  if (segment.length < tiff + 8 || EXIF_HEADER.some((b, i) => segment[4 + i] !== b)) return null;
  const little = segment[tiff] === 0x49 && segment[tiff + 1] === 0x49;
  if (!little && !(segment[tiff] === 0x4d && segment[tiff + 1] === 0x4d)) return null;
  const view = new DataView(segment.buffer, segment.byteOffset, segment.byteLength);
  const u16 = (at: number) => (at + 2 <= segment.length ? view.getUint16(at, little) : -1);
  const ifd = tiff + view.getUint32(tiff + 4, little);
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > segment.length) return null;
    if (u16(entry) !== ORIENTATION) continue;
    const value = u16(entry + 8);
    const turns = u16(entry + 2) === SHORT && value >= 2 && value <= 8;
    return turns ? value : null;
  }
  return null;
}

/** An APP1 segment holding only the Orientation tag (big-endian TIFF, one IFD0 entry). */
export function orientationSegment(orientation: number): Uint8Array {
  // prettier-ignore
  return new Uint8Array([
    0xff, 0xe1, 0x00, 0x22, // APP1, length 34 (these two bytes and the 32 after)
    ...EXIF_HEADER,
    0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, // "MM", 42, IFD0 at offset 8
    0x00, 0x01, // one entry
    0x01, 0x12, 0x00, SHORT, 0x00, 0x00, 0x00, 0x01, 0x00, orientation & 0xff, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, // no next IFD
  ]);
}
