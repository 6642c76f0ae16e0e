/**
 * Gathers the archive's bytes as they are made, folding them into a Blob every few megabytes, so
 * the parts are let go as it grows (browsers keep large Blobs out of the page's memory).
 */
const FOLD_BYTES = 8 * 1024 * 1024;

export function blobBuilder(type: string) {
  let blob = new Blob([], { type });
  let parts: Uint8Array<ArrayBuffer>[] = [];
  let pending = 0;
  const fold = () => {
    blob = new Blob([blob, ...parts], { type });
    parts = [];
    pending = 0;
  };
  return {
    push(part: Uint8Array<ArrayBuffer>) {
      parts.push(part);
      pending += part.length;
      if (pending >= FOLD_BYTES) fold();
    },
    finish(): Blob {
      fold();
      return blob;
    },
  };
}
