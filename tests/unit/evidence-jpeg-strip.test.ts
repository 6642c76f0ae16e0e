import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { orientationSegment, readOrientation } from '@/lib/evidence/jpeg-orientation';
import { isJpeg, strippedName, stripJpegDetails } from '@/lib/evidence/jpeg-strip';

/**
 * A 16 × 16 JPEG made by Chromium's encoder (canvas.toBlob), with an EXIF APP1 segment after
 * its JFIF APP0 whose camera make is the canary (IFD0 tag 0x010F).
 */
const photo = new Uint8Array(readFileSync(resolve('tests/fixtures/photo-with-exif.jpg')));
const CANARY = 'LockstepCanaryCam';
const latin = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

describe('a JPEG copy without its hidden details', () => {
  it('leaves out the EXIF segment and keeps every other byte as it was', () => {
    expect(latin(photo)).toContain(CANARY);
    const copy = stripJpegDetails(photo);
    expect(copy?.removed).toBe(1);
    expect(latin(copy!.bytes)).not.toContain(CANARY);
    expect(latin(copy!.bytes)).not.toContain('Exif\u0000\u0000');
    // The APP1 segment sits right after APP0: the copy is the photo with those bytes cut out.
    const app0End = 4 + ((photo[4]! << 8) | photo[5]!);
    const app1Length = 2 + ((photo[app0End + 2]! << 8) | photo[app0End + 3]!);
    const expected = Buffer.concat([
      photo.subarray(0, app0End),
      photo.subarray(app0End + app1Length),
    ]);
    expect(Buffer.compare(copy!.bytes, expected)).toBe(0);
    expect(latin(copy!.bytes)).toContain('JFIF'); // APP0 and the ICC profile stay
    expect(latin(copy!.bytes)).toContain('ICC_PROFILE');
  });

  it('never changes the original', () => {
    const before = photo.slice();
    stripJpegDetails(photo);
    expect(Buffer.compare(photo, before)).toBe(0);
  });

  it('gives the same bytes back from a JPEG with nothing hidden', () => {
    const clean = stripJpegDetails(photo)!.bytes;
    const again = stripJpegDetails(clean);
    expect(again?.removed).toBe(0);
    expect(Buffer.compare(again!.bytes, clean)).toBe(0);
  });

  it('refuses what is not a whole JPEG', () => {
    expect(isJpeg(new TextEncoder().encode('%PDF-1.7'))).toBe(false);
    expect(stripJpegDetails(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
    expect(stripJpegDetails(photo.subarray(0, 30))).toBeNull(); // cut inside a segment
    expect(stripJpegDetails(photo.subarray(0, 20))).toBeNull();
  });

  it('names the copy beside the original', () => {
    expect(strippedName('IMG_0042.jpg', 'no hidden details')).toBe(
      'IMG_0042 (no hidden details).jpg',
    );
    expect(strippedName('photo', 'no hidden details')).toBe('photo (no hidden details)');
  });

  describe('which way the photo turns', () => {
    const app0End = 4 + ((photo[4]! << 8) | photo[5]!);
    const app1End = app0End + 2 + ((photo[app0End + 2]! << 8) | photo[app0End + 3]!);
    /** An EXIF APP1 as a phone writes it: the camera make (the canary), then Orientation. */
    function exifWithTurn(little: boolean, turn: number): Uint8Array {
      const tiff = new DataView(new ArrayBuffer(8 + 2 + 2 * 12 + 4 + 18));
      tiff.setUint16(0, little ? 0x4949 : 0x4d4d);
      tiff.setUint16(2, 42, little);
      tiff.setUint32(4, 8, little);
      tiff.setUint16(8, 2, little);
      const entry = (at: number, tag: number, type: number, count: number) => {
        tiff.setUint16(at, tag, little);
        tiff.setUint16(at + 2, type, little);
        tiff.setUint32(at + 4, count, little);
      };
      entry(10, 0x010f, 2, 18);
      tiff.setUint32(18, 38, little); // the make's text, after the next-IFD field
      entry(22, 0x0112, 3, 1);
      tiff.setUint16(30, turn, little);
      new TextEncoder().encodeInto(CANARY, new Uint8Array(tiff.buffer, 38));
      const body = new Uint8Array([
        ...new TextEncoder().encode('Exif\0\0'),
        ...new Uint8Array(tiff.buffer),
      ]);
      return new Uint8Array([
        0xff,
        0xe1,
        (body.length + 2) >> 8,
        (body.length + 2) & 0xff,
        ...body,
      ]);
    }
    const withTurn = (app1: Uint8Array) =>
      new Uint8Array([...photo.subarray(0, app0End), ...app1, ...photo.subarray(app1End)]);

    it.each([true, false])('keeps only the Orientation tag (little-endian: %s)', (little) => {
      const app1 = exifWithTurn(little, 6);
      expect(readOrientation(app1)).toBe(6);
      const copy = stripJpegDetails(withTurn(app1))!;
      expect(copy.removed).toBe(1);
      expect(copy.orientation).toBe(6);
      expect(latin(copy.bytes)).not.toContain(CANARY);
      // In the EXIF segment's place: a segment with only the tag, which reads back as 6.
      const expected = withTurn(orientationSegment(6));
      expect(Buffer.compare(copy.bytes, expected)).toBe(0);
      expect(readOrientation(copy.bytes.subarray(app0End))).toBe(6);
    });

    it('writes nothing for a photo that needs no turn, and nothing new for a copy of a copy', () => {
      const upright = stripJpegDetails(withTurn(exifWithTurn(true, 1)))!;
      expect(upright.orientation).toBeNull();
      expect(latin(upright.bytes)).not.toContain('Exif');
      const copy = stripJpegDetails(withTurn(exifWithTurn(false, 8)))!;
      const again = stripJpegDetails(copy.bytes)!;
      expect(again.removed).toBe(0);
      expect(again.orientation).toBe(8);
      expect(Buffer.compare(again.bytes, copy.bytes)).toBe(0);
    });

    it('reads no turn from a segment that is not EXIF or is cut short', () => {
      expect(readOrientation(photo.subarray(app0End, app1End))).toBeNull(); // make only
      expect(readOrientation(exifWithTurn(true, 6).subarray(0, 30))).toBeNull();
      expect(readOrientation(exifWithTurn(true, 9))).toBeNull(); // reserved values
      expect(
        readOrientation(new Uint8Array([0xff, 0xe1, 0, 8, 0x68, 0x74, 0x74, 0x70])),
      ).toBeNull();
    });
  });
});
