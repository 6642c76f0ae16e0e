import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
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
});
