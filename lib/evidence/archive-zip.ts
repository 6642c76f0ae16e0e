import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/**
 * The plain archive: a standard .zip (fflate's streaming writer), readable by any unzip tool.
 * Files are STOREd as they are (photos and PDFs are already compressed, and a court may want the
 * exact bytes without a step between); the report and the manifest are deflated.
 */
export function zipWriter(out: (bytes: Uint8Array<ArrayBuffer>) => void) {
  let failure: Error | null = null;
  let finished = false;
  const zip = new Zip((error, data, final) => {
    if (error) failure = error;
    else out(data as Uint8Array<ArrayBuffer>);
    finished = final;
  });
  const fail = () => {
    if (failure) throw failure;
  };
  let open: ZipPassThrough | null = null;
  return {
    /** The next chunk of the file at `path` (a new file starts at index 0). */
    chunk(path: string, index: number, bytes: Uint8Array, last: boolean, mtime: number) {
      if (index === 0) {
        open = new ZipPassThrough(path);
        open.mtime = mtime;
        zip.add(open);
      }
      open?.push(bytes, last);
      fail();
    },
    text(path: string, text: string) {
      const file = new ZipDeflate(path, { level: 6 });
      zip.add(file);
      file.push(new TextEncoder().encode(text), true);
      fail();
    },
    end() {
      zip.end();
      fail();
      if (!finished) throw new Error('The zip did not finish.');
    },
  };
}
