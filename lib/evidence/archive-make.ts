import { ArchiveError, ARCHIVE_MAX_BYTES } from './archive-frames';
import { blobBuilder } from './archive-blob';
import { sha256Stream } from './archive-hash';
import { archiveFiles, buildManifest } from './archive-manifest';
import { readAhead, workWindow } from './archive-pipe';
import { reportHtml, type ReportWords } from './archive-report';
import { sealedWriter } from './archive-sealed';
import { zipWriter } from './archive-zip';
import type { LogCheck } from './check';
import { chunkCount } from './chunks';
import type { EvidenceEntry } from './entry';

/**
 * Makes the archive: every file read one chunk at a time and written on at once (its SHA-256
 * checked against the entry as it goes), then `report.html`, then `manifest.json`. Sealed with a
 * passphrase (Lockstep's own format) or, on an explicit choice, a plain .zip.
 */

export interface ArchiveSource {
  readonly entries: readonly EvidenceEntry[];
  /** The log's check, made just before. */
  readonly check: LogCheck;
  readonly chunks: (fileId: string, size: number) => AsyncIterable<Uint8Array>;
  readonly words: ReportWords;
  readonly now: number;
  readonly discreet: boolean;
}

export type ArchiveForm =
  | { readonly sealed: true; readonly passphrase: string; readonly iterations?: number }
  | { readonly sealed: false };

/** One chunk of one file, as written to the archive. */
interface Piece {
  readonly path: string;
  readonly id: string;
  readonly index: number;
  readonly bytes: Uint8Array;
  readonly last: boolean;
  readonly mtime: number;
}

const TEXT_PATHS = { report: 'report.html', manifest: 'manifest.json' } as const;

/** Writes each piece to the sealed frames or the zip. */
async function sinkFor(
  form: ArchiveForm,
  out: (bytes: Uint8Array<ArrayBuffer>) => void,
  discreet: boolean,
) {
  if (!form.sealed) {
    const zip = zipWriter(out);
    return {
      chunk: async (p: Piece) => zip.chunk(p.path, p.index, p.bytes, p.last, p.mtime),
      text: async (kind: keyof typeof TEXT_PATHS, text: string) => zip.text(TEXT_PATHS[kind], text),
      end: async () => zip.end(),
    };
  }
  const frame = await sealedWriter(form.passphrase, out, { discreet, iterations: form.iterations });
  return {
    chunk: (p: Piece) => frame({ kind: 'chunk', id: p.id, index: p.index, last: p.last }, p.bytes),
    text: (kind: keyof typeof TEXT_PATHS, text: string) =>
      frame({ kind }, new TextEncoder().encode(text)),
    end: () => frame({ kind: 'end' }),
  };
}

/** Chunks read ahead of the one being sealed, and frames sealing at once (each about 1 MiB). */
const READ_AHEAD = 2;
const SEALING_AT_ONCE = 4;

/**
 * The whole archive as a Blob, and how many files no longer matched their digest (the manifest
 * marks them). `progress` hears the bytes of files done, of all. Reading and sealing overlap
 * (archive-pipe.ts); each chunk is hashed as it goes by (archive-hash.ts).
 */
export async function makeArchive(
  source: ArchiveSource,
  form: ArchiveForm,
  progress: (done: number, total: number) => void = () => undefined,
): Promise<{ blob: Blob; mismatched: number }> {
  const files = archiveFiles(source.entries);
  const total = files.reduce((sum, { file }) => sum + file.size, 0);
  if (total > ARCHIVE_MAX_BYTES) throw new ArchiveError('too-big');
  const output = blobBuilder(form.sealed ? 'application/octet-stream' : 'application/zip');
  const sink = await sinkFor(form, output.push, source.discreet);
  const sealing = workWindow(SEALING_AT_ONCE);
  const matched = new Set<string>();
  let done = 0;
  progress(0, total);
  for (const { entry, file, path } of files) {
    const hash = sha256Stream();
    const count = chunkCount(file.size);
    let index = 0;
    for await (const bytes of readAhead(source.chunks(file.id, file.size), READ_AHEAD)) {
      hash.add(bytes);
      const piece = { path, id: file.id, index, bytes, last: index === count - 1 };
      await sealing.add(sink.chunk({ ...piece, mtime: entry.recordedAt }));
      index++;
      done += bytes.length;
      progress(done, total);
    }
    if (hash.hex() === file.sha256) matched.add(file.id);
  }
  await sealing.drain();
  const manifest = buildManifest(source.entries, source.check, { ...source, matched });
  await sink.text('report', reportHtml(manifest, source.words, source.now));
  await sink.text('manifest', `${JSON.stringify(manifest, null, 2)}\n`);
  await sink.end();
  return { blob: output.finish(), mismatched: files.length - matched.size };
}
