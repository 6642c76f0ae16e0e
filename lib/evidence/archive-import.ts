import { ArchiveError } from './archive-frames';
import { DISCREET_MANIFEST_FORMAT, MANIFEST_FORMAT, MANIFEST_VERSION } from './archive-manifest';
import { readSealed } from './archive-sealed';
import { checkLog } from './check';
import { joinChunks } from './chunks';
import { sha256Bytes } from './digest';
import { CHUNK_BYTES, EVIDENCE_LIMITS, type EvidenceEntry } from './entry';
import { readEvidenceEntry } from './read-entry';

/**
 * Reading a sealed archive back: every frame opened in order, every file put together and its
 * SHA-256 taken, then the manifest's entries read as storage reads them, the chain checked and
 * each file matched to its entry. Any problem throws ArchiveError. Writes nothing itself: the
 * caller reads once to check, then again with `onFile` to keep each file (see archive-actions).
 */

interface Found {
  readonly sha256: string;
  readonly size: number;
}

const isChunkMeta = (meta: { kind: string; id?: unknown; index?: unknown; last?: unknown }) =>
  typeof meta.id === 'string' &&
  meta.id.length > 0 &&
  meta.id.length <= 200 &&
  Number.isSafeInteger(meta.index) &&
  typeof meta.last === 'boolean';

/** The manifest's entries, each read as storage reads them; `damaged` or `newer` when not. */
export function readManifestEntries(text: string): EvidenceEntry[] {
  let raw: { format?: unknown; version?: unknown; entries?: unknown };
  try {
    raw = JSON.parse(text) as typeof raw;
  } catch {
    throw new ArchiveError('damaged');
  }
  if (raw.format !== MANIFEST_FORMAT && raw.format !== DISCREET_MANIFEST_FORMAT)
    throw new ArchiveError('damaged');
  if (raw.version !== MANIFEST_VERSION) throw new ArchiveError('newer');
  if (!Array.isArray(raw.entries)) throw new ArchiveError('damaged');
  const entries = raw.entries.map(readEvidenceEntry);
  if (entries.some((e) => e === null)) throw new ArchiveError('damaged');
  return entries as EvidenceEntry[];
}

/** Every file the entries name is there, once, with the same size and SHA-256; nothing else. */
function matchFiles(entries: readonly EvidenceEntry[], found: ReadonlyMap<string, Found>) {
  const named = entries.flatMap((e) => e.files);
  if (new Set(named.map((f) => f.id)).size !== named.length) throw new ArchiveError('damaged');
  if (named.length !== found.size) throw new ArchiveError('damaged');
  for (const file of named) {
    const got = found.get(file.id);
    if (!got) throw new ArchiveError('damaged');
    if (got.sha256 !== file.sha256 || got.size !== file.size)
      throw new ArchiveError('files-differ');
  }
}

/** Walks the frames; each whole file goes to `onFile`. Returns the files' digests and the manifest. */
async function walk(
  blob: Blob,
  passphrase: string,
  onFile: (id: string, bytes: Uint8Array<ArrayBuffer>) => Promise<void>,
  progress: (done: number, total: number) => void,
) {
  const found = new Map<string, Found>();
  let open: { id: string; parts: Uint8Array[]; size: number } | null = null;
  let manifest: string | null = null;
  let done = 0;
  for await (const { meta, data } of readSealed(blob, passphrase)) {
    if (manifest !== null) throw new ArchiveError('damaged');
    if (meta.kind === 'manifest') manifest = new TextDecoder().decode(data);
    if (meta.kind !== 'chunk') continue;
    if (!isChunkMeta(meta) || data.length > CHUNK_BYTES) throw new ArchiveError('damaged');
    if (meta.index === 0 && !open && !found.has(meta.id))
      open = { id: meta.id, parts: [], size: 0 };
    if (open?.id !== meta.id || open.parts.length !== meta.index) throw new ArchiveError('damaged');
    open.parts.push(data);
    open.size += data.length;
    if (open.size > EVIDENCE_LIMITS.fileBytes) throw new ArchiveError('damaged');
    progress((done += data.length), blob.size);
    if (!meta.last) continue;
    const bytes = joinChunks(open.parts);
    found.set(open.id, { sha256: await sha256Bytes(bytes), size: bytes.length });
    await onFile(open.id, bytes);
    open = null;
  }
  if (open || manifest === null) throw new ArchiveError('damaged');
  return { found, manifest };
}

/**
 * The archive's entries, once everything checks: the chain holds and every file matches its
 * digest. `onFile` hears each whole file as it is read (before the manifest is reached).
 */
export async function readArchive(
  blob: Blob,
  passphrase: string,
  {
    onFile = async () => undefined,
    progress = () => undefined,
  }: {
    onFile?: (id: string, bytes: Uint8Array<ArrayBuffer>) => Promise<void>;
    progress?: (done: number, total: number) => void;
  } = {},
): Promise<EvidenceEntry[]> {
  const { found, manifest } = await walk(blob, passphrase, onFile, progress);
  const entries = readManifestEntries(manifest);
  if (!(await checkLog(entries)).holds) throw new ArchiveError('chain');
  matchFiles(entries, found);
  return entries;
}
