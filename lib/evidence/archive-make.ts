import { ArchiveError, ARCHIVE_MAX_BYTES } from './archive-frames';
import { blobBuilder } from './archive-blob';
import { archiveFiles, buildManifest } from './archive-manifest';
import { reportHtml, type ReportWords } from './archive-report';
import { sealedWriter } from './archive-sealed';
import { zipWriter } from './archive-zip';
import type { LogCheck } from './check';
import { chunkCount, joinChunks } from './chunks';
import { sha256Bytes } from './digest';
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

/**
 * The whole archive as a Blob, and how many files no longer matched their digest (the manifest
 * marks them). `progress` hears the bytes of files done, of all.
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
  const matched = new Set<string>();
  let done = 0;
  progress(0, total);
  for (const { entry, file, path } of files) {
    const parts: Uint8Array[] = [];
    const count = chunkCount(file.size);
    for await (const bytes of source.chunks(file.id, file.size)) {
      const index = parts.push(bytes) - 1;
      const piece = { path, id: file.id, index, bytes, last: index === count - 1 };
      await sink.chunk({ ...piece, mtime: entry.recordedAt });
      done += bytes.length;
      progress(done, total);
    }
    if ((await sha256Bytes(joinChunks(parts))) === file.sha256) matched.add(file.id);
  }
  const manifest = buildManifest(source.entries, source.check, { ...source, matched });
  await sink.text('report', reportHtml(manifest, source.words, source.now));
  await sink.text('manifest', `${JSON.stringify(manifest, null, 2)}\n`);
  await sink.end();
  return { blob: output.finish(), mismatched: files.length - matched.size };
}
